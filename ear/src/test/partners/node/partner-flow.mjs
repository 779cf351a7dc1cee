// A partner's integration in JavaScript (node), as PartnerClientsIT runs it against the real server.
//
// The client is generated from the served OpenAPI document (openapi-generator -g typescript-fetch,
// compiled by the build to ear/target/partner-clients/typescript/dist); the signature comes from
// api/examples/haven-signer.mjs, plugged in as a fetch middleware as api/README shows. Checks what
// a partner relies on and prints a JSON summary; any failure exits non-zero with the reason on
// stderr.
//
// Environment: HAVEN_BASE_URL, HAVEN_APP_ID, HAVEN_SECRET, HAVEN_MEMBER_ID, HAVEN_TASK_CODE,
// HAVEN_CLIENT (the compiled client's index.js), HAVEN_SIGNER (haven-signer.mjs).
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const env = process.env;
const { default: haven } = await import(pathToFileURL(env.HAVEN_CLIENT).href);
const { HavenSigner } = await import(pathToFileURL(env.HAVEN_SIGNER).href);

function check(condition, what) {
  if (!condition) throw new Error(what);
}

/** Signs every request over the exact body string fetch will send. */
function signing(signer) {
  return {
    async pre({ url, init }) {
      const sent = new URL(url);
      const headers = signer.headers(init.method ?? 'GET', sent.pathname + sent.search, init.body ?? '');
      return { url, init: { ...init, headers: { ...init.headers, ...headers } } };
    },
  };
}

async function problemOf(failure) {
  check(failure instanceof haven.ResponseError, `a problem answer, not ${failure}`);
  return haven.ProblemFromJSON(await failure.response.json());
}

async function main() {
  const memberId = env.HAVEN_MEMBER_ID;
  const config = new haven.Configuration({
    basePath: env.HAVEN_BASE_URL,
    middleware: [signing(new HavenSigner(env.HAVEN_APP_ID, env.HAVEN_SECRET))],
  });
  const members = new haven.MembersApi(config);
  const points = new haven.PointsApi(config);
  const tasks = new haven.MemberTasksApi(config);

  const connectivity = new haven.ConnectivityApi(config);
  check((await connectivity.ping()).product.appId === env.HAVEN_APP_ID, 'ping names the calling product');
  const echoed = await connectivity.pingWithBody({ pingRequest: { message: '你好 from node' } });
  check(echoed.message === '你好 from node', 'a signed body is echoed');

  const synced = await members.syncMemberRaw({
    idempotencyKey: `js-sync-${memberId}`,
    memberSync: { memberId, nickname: 'مرحبا 🟨' },
  });
  check(synced.raw.status === 201, `a new member is 201, was ${synced.raw.status}`);
  check((await synced.value()).nickname === 'مرحبا 🟨', 'the nickname comes back as sent');

  const creditKey = `js-credit-${randomUUID()}`;
  const movement = { amount: 300, reason: 'Order js-1 paid', reference: 'js-order-1' };
  const credited = await points.creditPoints({ idempotencyKey: creditKey, memberId, pointsMovement: movement });
  check(credited.balance === 300, `credited 300, balance ${credited.balance}`);
  // The retry of the same request, same key, new nonce: the first answer again, credited once.
  const retried = await points.creditPointsRaw({ idempotencyKey: creditKey, memberId, pointsMovement: movement });
  check(retried.raw.status === 201, 'a retry answers the first status');
  check(retried.raw.headers.get('Idempotent-Replayed') === 'true', 'a retry is marked replayed');
  check((await retried.value()).entry.id === credited.entry.id, 'a retry is the same ledger entry');

  const debited = await points.debitPoints({
    idempotencyKey: `js-debit-${randomUUID()}`, memberId, pointsMovement: { amount: 120, reason: 'Coffee' },
  });
  check(debited.entry.amount === -120 && debited.balance === 180, 'debit 120 leaves 180');

  try {
    await points.debitPoints({
      idempotencyKey: `js-debit-${randomUUID()}`, memberId, pointsMovement: { amount: 1000, reason: 'Too much' },
    });
    throw new Error('a debit below zero must fail');
  } catch (failure) {
    const problem = await problemOf(failure);
    check(failure.response.status === 409 && problem.type === 'urn:haven:problem:points.insufficient', `type ${problem.type}`);
  }

  const ledger = await points.pointsLedger({ memberId, page: 0, size: 10 });
  const amounts = ledger.items.map((e) => e.amount);
  check(JSON.stringify(amounts) === '[-120,300]', `ledger newest first: ${amounts}`);
  check(ledger.total === 2, 'two entries');

  const completionKey = `js-task-${randomUUID()}`;
  const completion = { memberId, reference: 'js-order-1' };
  const completed = await tasks.completeMemberTask({ idempotencyKey: completionKey, taskCode: env.HAVEN_TASK_CODE, memberTaskCompletion: completion });
  const again = await tasks.completeMemberTask({ idempotencyKey: completionKey, taskCode: env.HAVEN_TASK_CODE, memberTaskCompletion: completion });
  check(again.growthValue === completed.growthValue, 'a retried completion adds no growth');
  check((await members.getMember({ memberId })).growthValue === completed.growthValue, 'growth counted once');

  try {
    await members.getMember({ memberId: `js-nobody-${memberId}` });
    throw new Error('an unknown member must be 404');
  } catch (failure) {
    const problem = await problemOf(failure);
    check(problem.type === 'urn:haven:problem:notFound', `type ${problem.type}`);
  }

  process.stdout.write(`${JSON.stringify({
    memberId, balance: debited.balance, growthValue: completed.growthValue, creditEntry: credited.entry.id, ledger: amounts,
  })}\n`);
}

try {
  await main();
} catch (failure) {
  process.stderr.write(`partner flow failed: ${failure?.stack ?? failure}\n`);
  process.exit(1);
}

"""A partner's integration in Python, as PartnerClientsIT runs it against the real server.

The client is generated from the served OpenAPI document (openapi-generator -g python, into
ear/target/partner-clients/python); the signature comes from api/examples/haven_signer.py,
plugged in by overriding ApiClient.call_api as api/README shows. Checks what a partner relies on
and prints a JSON summary; any failure exits non-zero with the reason on stderr.

Environment: HAVEN_BASE_URL, HAVEN_APP_ID, HAVEN_SECRET, HAVEN_MEMBER_ID, HAVEN_TASK_CODE.
"""
import json
import os
import sys
import uuid
from urllib.parse import urlsplit

import haven_partner_client as haven
from haven_partner_client.exceptions import ConflictException, NotFoundException
from haven_signer import HavenSigner


class SignedApiClient(haven.ApiClient):
    """Adds the four X-Haven-* headers to every request, over the bytes the client sends."""

    def __init__(self, configuration, signer):
        super().__init__(configuration)
        self.signer = signer

    def call_api(self, method, url, header_params=None, body=None, post_params=None, _request_timeout=None):
        parts = urlsplit(url)
        path_and_query = parts.path + ("?" + parts.query if parts.query else "")
        # rest.py sends a JSON body as json.dumps(body), UTF-8: sign those very bytes.
        sent = b"" if body is None else json.dumps(body).encode("utf-8")
        header_params = dict(header_params or {})
        header_params.update(self.signer.headers(method, path_and_query, sent))
        return super().call_api(method, url, header_params, body, post_params, _request_timeout)


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def main():
    env = os.environ
    member_id = env["HAVEN_MEMBER_ID"]
    client = SignedApiClient(haven.Configuration(host=env["HAVEN_BASE_URL"]),
                             HavenSigner(env["HAVEN_APP_ID"], env["HAVEN_SECRET"]))
    members = haven.MembersApi(client)
    points = haven.PointsApi(client)
    tasks = haven.MemberTasksApi(client)

    connectivity = haven.ConnectivityApi(client)
    check(connectivity.ping().product.app_id == env["HAVEN_APP_ID"], "ping names the calling product")
    echoed = connectivity.ping_with_body(haven.PingRequest(message="你好 from Python"))
    check(echoed.message == "你好 from Python", "a signed body is echoed")

    synced = members.sync_member_with_http_info(
        idempotency_key="py-sync-" + member_id,
        member_sync=haven.MemberSync(member_id=member_id, nickname="小王 🐍"))
    check(synced.status_code == 201, "a new member is 201, was %s" % synced.status_code)
    check(synced.data.nickname == "小王 🐍", "the nickname comes back as sent")

    credit_key = "py-credit-" + str(uuid.uuid4())
    movement = haven.PointsMovement(amount=300, reason="Order py-1 paid", reference="py-order-1")
    credited = points.credit_points(idempotency_key=credit_key, member_id=member_id, points_movement=movement)
    check(credited.balance == 300, "credited 300, balance %s" % credited.balance)
    # The retry of the same request, same key, new nonce: the first answer again, credited once.
    retried = points.credit_points_with_http_info(idempotency_key=credit_key, member_id=member_id,
                                                  points_movement=movement)
    check(retried.status_code == 201, "a retry answers the first status")
    replayed = {name.lower(): value for name, value in (retried.headers or {}).items()}.get("idempotent-replayed")
    check(replayed == "true", "a retry is marked replayed, was %r" % replayed)
    check(retried.data.entry.id == credited.entry.id, "a retry is the same ledger entry")

    debited = points.debit_points(idempotency_key="py-debit-" + str(uuid.uuid4()), member_id=member_id,
                                  points_movement=haven.PointsMovement(amount=120, reason="Coffee"))
    check(debited.entry.amount == -120 and debited.balance == 180, "debit 120 leaves 180")

    try:
        points.debit_points(idempotency_key="py-debit-" + str(uuid.uuid4()), member_id=member_id,
                            points_movement=haven.PointsMovement(amount=1000, reason="Too much"))
        raise AssertionError("a debit below zero must fail")
    except ConflictException as refused:
        # Typed: the problem+json body as the generated Problem model.
        check(isinstance(refused.data, haven.Problem), "the refusal is a Problem, was %r" % refused.data)
        check(refused.data.type == "urn:haven:problem:points.insufficient", "type %s" % refused.data.type)

    ledger = points.points_ledger(member_id=member_id, page=0, size=10)
    check([e.amount for e in ledger.items] == [-120, 300], "ledger newest first: %s" % [e.amount for e in ledger.items])
    check(ledger.total == 2, "two entries")

    completion_key = "py-task-" + str(uuid.uuid4())
    completion = haven.MemberTaskCompletion(member_id=member_id, reference="py-order-1")
    completed = tasks.complete_member_task(idempotency_key=completion_key, task_code=env["HAVEN_TASK_CODE"],
                                           member_task_completion=completion)
    again = tasks.complete_member_task(idempotency_key=completion_key, task_code=env["HAVEN_TASK_CODE"],
                                       member_task_completion=completion)
    check(again.growth_value == completed.growth_value, "a retried completion adds no growth")
    check(members.get_member(member_id).growth_value == completed.growth_value, "growth counted once")

    try:
        members.get_member("py-nobody-" + member_id)
        raise AssertionError("an unknown member must be 404")
    except NotFoundException as missing:
        check(missing.data.type == "urn:haven:problem:notFound", "type %s" % missing.data.type)

    print(json.dumps({"memberId": member_id, "balance": debited.balance, "growthValue": completed.growth_value,
                      "creditEntry": credited.entry.id, "ledger": [e.amount for e in ledger.items]}))


if __name__ == "__main__":
    try:
        main()
    except Exception as failure:  # noqa: BLE001 - the reason goes to the JUnit test's log
        print("partner flow failed: %s: %s" % (type(failure).__name__, failure), file=sys.stderr)
        sys.exit(1)

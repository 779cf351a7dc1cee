// The partner API's document as WildFly serves it at /api/openapi: the built document (api
// module, META-INF/openapi.json) with the EAR's context root in front of every path, which
// WildFly's OpenAPI subsystem adds when it serves a deployment's document. The clients are
// generated from this, so they call what a client generated from the download calls;
// PartnerClientsIT proves the two documents equal.
//
//   node served-document.mjs BUILT.json CONTEXT_ROOT SERVED.json
import { readFileSync, writeFileSync } from 'node:fs';

const [built, contextRoot, served] = process.argv.slice(2);
const document = JSON.parse(readFileSync(built, 'utf8'));
document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [contextRoot + path, item]));
writeFileSync(served, JSON.stringify(document, null, 2));

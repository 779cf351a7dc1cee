// For PartnerClientsIT: which probes each JSON Schema pattern finds, by ECMA-262 with the u flag
// (as JSON Schema validators such as Ajv compile them).
// stdin: {"patterns": [...], "probes": [...]}; stdout: one row per pattern, one boolean per probe.
let input = '';
for await (const chunk of process.stdin) input += chunk;
const task = JSON.parse(input);
process.stdout.write(JSON.stringify(task.patterns.map((p) => task.probes.map((s) => new RegExp(p, 'u').test(s)))));

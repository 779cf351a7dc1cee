"""For PartnerClientsIT: which probes each JSON Schema pattern finds, by Python's re.

stdin: {"patterns": [...], "probes": [...]}; stdout: one row per pattern, one boolean per probe.
JSON Schema patterns are searched, not matched whole: re.search.
"""
import json
import re
import sys

task = json.load(sys.stdin)
print(json.dumps([[re.search(p, s) is not None for s in task["probes"]] for p in task["patterns"]]))

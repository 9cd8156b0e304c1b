#!/usr/bin/env python3
"""tests/check_trace.py DOT TRACE: check a run against its diagram.

DOT is `yieldc --emit=dot` of a program; TRACE is the stderr of the same
program built against build/trace/libyieldrt.a, which reports every step of
every generator's state machine as

    @yrt-state GEN QUALNAME EVENT LABEL

(see runtime/gen.c).  A resume starts at LABEL ("resume"); the body reaches
a delegating suspension point ("reach": yield from, await, async for); the
resume ends ("yield"/"await" at LABEL, "return", "raise").  Each step the run
took, from a state to the next state or exit, must be an edge of a cluster
of the diagram with that qualified name.  The diagram may have more edges
than one run takes, never fewer.  A generator with no cluster at all is one
the diagram leaves out on purpose, of yieldc's library (runtime/lib: the
diagram is the program's); its steps are counted apart.  (That every
generator of the program is drawn is what the dot/ tests check.)

Prints `N steps, M distinct` and exits 0, or names the first step that has
no edge and exits 1.
"""
import re
import sys

CLUSTER = re.compile(r'^  subgraph cluster_(\w+) \{$')
LABEL = re.compile(r'^    label="(?:generator|coroutine|async generator) (\S+)(?: in \S+)?, line \d+";$')
NODE = re.compile(r'^    (\w+) \[label="(\w+) \(state (\d+)\)\\n')
EDGE = re.compile(r'^    (\w+) -> (\w+)(?: \[.*\])?;$')


def read_dot(path):
    """qualname -> list of edge sets {(from, to)}, states as numbers or
    'return'/'raise', start as 0."""
    graphs = {}
    cid = qual = None
    nodes = {}
    edges = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = CLUSTER.match(line)
        if m:
            cid, qual, nodes, edges = m.group(1), None, {}, set()
            nodes[cid + "__start"] = 0
            nodes[cid + "__return"] = "return"
            nodes[cid + "__raise"] = "raise"
            continue
        if cid is None:
            continue
        m = LABEL.match(line)
        if m and qual is None:
            qual = m.group(1)
            graphs.setdefault(qual, []).append(edges)
            continue
        m = NODE.match(line)
        if m:
            nodes[m.group(1)] = int(m.group(3))
            continue
        m = EDGE.match(line)
        if m:
            a, b = m.group(1), m.group(2)
            if a not in nodes or b not in nodes:
                sys.exit(f"{path}: edge between unknown nodes: {line}")
            edges.add((nodes[a], nodes[b]))
            continue
        if line == "  }":
            if qual is None:
                sys.exit(f"{path}: cluster {cid} has no label")
            cid = None
    return graphs


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check_trace.py DOT TRACE")
    graphs = read_dot(sys.argv[1])
    at = {}       # generator -> the state it is at, during a resume
    reached = {}  # generator -> its last event was "reach"
    steps = 0
    undrawn = 0
    seen = set()
    for n, line in enumerate(open(sys.argv[2], encoding="utf-8", errors="replace"), 1):
        if not line.startswith("@yrt-state "):
            continue
        _, gen, qual, event, label = line.split()
        label = int(label)
        if event == "resume":
            at[gen], reached[gen] = label, False
            continue
        if gen not in at:
            sys.exit(f"{sys.argv[2]}:{n}: {event} of {qual} outside a resume")
        # A yield from or await that suspends was counted when reached.
        if event in ("yield", "await") and reached[gen] and at[gen] == label:
            del at[gen]
            continue
        to = {"reach": label, "yield": label, "await": label, "return": "return", "raise": "raise"}[event]
        if qual not in graphs:
            undrawn += 1
            if event == "reach":
                at[gen], reached[gen] = label, True
            else:
                del at[gen]
            continue
        step = (qual, at[gen], to)
        steps += 1
        if step not in seen:
            seen.add(step)
            if not any((at[gen], to) in edges for edges in graphs.get(qual, [])):
                sys.exit(f"{sys.argv[2]}:{n}: {qual} went from state {at[gen]} to {to}, "
                         f"which the diagram has no edge for")
        if event == "reach":
            at[gen], reached[gen] = label, True
        else:
            del at[gen]
    print(f"{steps} steps, {len(seen)} distinct" + (f", {undrawn} of the library's generators" if undrawn else ""))


main()

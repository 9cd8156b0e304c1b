/*
 * states.c: the state machine of each generator, drawn for people.
 *
 * A generator compiled by yieldc is a switch over its suspension points.
 * This file shows that machine two ways:
 *
 *   --emit=dot   a Graphviz digraph, one cluster per generator function:
 *                a node per state (the resume label, its Python line and
 *                source), plus `start`, `return` and `raise`; an edge from
 *                a state to each state its resumption can reach next.
 *   --emit=html  one self-contained page: the Python beside the C it became,
 *                each Python line linked to its C lines (hover or click
 *                either side), each state in its own colour, and the same
 *                states and edges as a table.
 *
 * The edges are not computed from the Python.  emit.c builds each resume
 * function as tagged lines (code.c: labels, gotos, suspensions, see
 * yieldc.h), and graph_build walks those lines from the start and from each
 * resume label until it reaches a suspension or an exit.  So the diagram
 * shows the code that was generated, and a construct the emitter learns is
 * drawn without a line changed here.  The page takes the same lines as
 * code_print prints them: each knows its Python line and its state.
 *
 * An edge has a kind, the strongest along its path:
 *   resume     ordinary control flow (solid);
 *   finally    it runs a finally block (dotted, blue);
 *   exception  it follows an exception: a jump to a handler, a landing or
 *              the error exit, as thrown into a yield by throw() or raised
 *              by the code after it (dashed, red).
 * The walk is path-insensitive: a finally block's dispatch on its pending
 * completion is taken every way, as the C compiler sees it.
 *
 * Everything is written in a fixed order from the arena's data, so the same
 * program gives the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "yieldc.h"

/* ===================================================================== */
/* The graph                                                              */
/* ===================================================================== */

typedef enum EdgeKind {
  EK_RESUME,    /* ordinary flow from one suspension to the next */
  EK_FINALLY,   /* through a finally block */
  EK_EXCEPTION, /* following an exception */
} EdgeKind;

typedef struct Edge {
  int from, to;    /* node numbers, see Graph */
  EdgeKind kind;
  const char *via; /* "except L5", "finally L9": the first handler on the path, or NULL */
} Edge;

/* Nodes: 0 is start, 1..n the states (as f->gen.label numbers them),
 * n + 1 the return exit, n + 2 the raise exit. */
typedef struct Graph {
  GenCode *gen;
  int n;
  Vec edges;        /* Edge*, in the order found */
  Vec *seen;        /* per line: the walk states (strings) seen there, in one walk */
  int from;         /* the node being walked from */
  int colours;      /* the colours of the generators before this one */
} Graph;

#define NODE_START 0
#define NODE_RETURN(g) ((g)->n + 1)
#define NODE_RAISE(g) ((g)->n + 2)

/* What a walk knows of the why slots of the finally blocks it went into:
 * a finally's end dispatches on its slot, and a path that set the slot
 * takes only its own branch (an exception that entered a finally leaves it
 * as an exception; a normal completion does not turn into a return). */
#define MAX_WHYS 16
typedef struct Whys {
  const char *slot[MAX_WHYS];
  int value[MAX_WHYS];
  int n;
} Whys;

static int whys_get(const Whys *w, const char *slot) {
  for (int i = 0; i < w->n; i++)
    if (!strcmp(w->slot[i], slot)) return w->value[i];
  return -1;
}

static void whys_set(Whys *w, const char *slot, int value) {
  for (int i = 0; i < w->n; i++)
    if (!strcmp(w->slot[i], slot)) {
      w->value[i] = value;
      return;
    }
  if (w->n == MAX_WHYS) return; /* forget it: the walk only gets less exact */
  w->slot[w->n] = slot;
  w->value[w->n++] = value;
}

static void graph_edge(Graph *g, int to, EdgeKind kind, const char *via) {
  for (int i = 0; i < g->edges.len; i++) {
    Edge *e = g->edges.items[i];
    if (e->from == g->from && e->to == to && e->kind == kind) return;
  }
  Edge *e = arena_alloc(sizeof *e);
  e->from = g->from;
  e->to = to;
  e->kind = kind;
  e->via = via;
  vec_push(&g->edges, e);
}

/* Has a walk been at line `pos` in this state before?  Records it if not. */
static bool graph_seen(Graph *g, int pos, EdgeKind kind, const Whys *w) {
  Buf key = {0};
  buf_printf(&key, "%d", (int)kind);
  for (int i = 0; i < w->n; i++) buf_printf(&key, " %s=%d", w->slot[i], w->value[i]);
  Vec *seen = &g->seen[pos];
  bool found = false;
  for (int i = 0; i < seen->len && !found; i++) found = !strcmp(seen->items[i], key.data);
  if (!found) vec_push(seen, arena_strdup(key.data));
  buf_free(&key);
  return found;
}

static void graph_walk(Graph *g, int pos, EdgeKind kind, const char *via, Whys w);

/* Go on at a label: an exit, or the lines that follow it. */
static void graph_goto(Graph *g, Label *l, EdgeKind kind, const char *via, Whys w) {
  if (l->role == LR_RETURN)
    graph_edge(g, NODE_RETURN(g), kind, via);
  else if (l->role == LR_ERROR)
    graph_edge(g, NODE_RAISE(g), EK_EXCEPTION, via);
  else
    graph_walk(g, l->at, kind, via, w);
}

/* Follow the flow from line `pos` until it suspends or leaves the function. */
static void graph_walk(Graph *g, int pos, EdgeKind kind, const char *via, Whys w) {
  Vec *lines = g->gen->lines;
  for (; pos < lines->len; pos++) {
    Line *l = lines->items[pos];
    switch (l->kind) {
    case LN_LABEL: {
      LabelRole role = l->label->role;
      if (role == LR_RETURN || role == LR_ERROR) {
        graph_goto(g, l->label, kind, via, w);
        return;
      }
      if (role == LR_EXCEPT || role == LR_FINALLY) {
        if (!via) via = arena_printf("%s L%d", role == LR_EXCEPT ? "except" : "finally", l->label->line);
        if (role == LR_FINALLY && kind < EK_FINALLY) kind = EK_FINALLY;
      }
      if (graph_seen(g, pos, kind, &w)) return;
      break;
    }
    case LN_SETWHY:
      whys_set(&w, l->why, l->why_is);
      if (l->label) {
        graph_goto(g, l->label, kind, via, w);
        return;
      }
      break;
    case LN_GOTO: {
      bool taken = true, always = !l->test;
      if (l->why) {
        int known = whys_get(&w, l->why);
        if (known >= 0) {
          taken = (known == l->why_is) == l->why_eq;
          always = taken;
        }
      }
      if (taken) graph_goto(g, l->label, l->raise ? EK_EXCEPTION : kind, via, w);
      if (always) return;
      break;
    }
    case LN_SUSPEND:
      graph_edge(g, l->state, kind, via);
      return;
    case LN_RETURN:
      graph_edge(g, l->raise ? NODE_RAISE(g) : NODE_RETURN(g), l->raise ? EK_EXCEPTION : kind, via);
      return;
    default: break;
    }
  }
  unreachable(); /* every body ends in a return */
}

static Graph *graph_build(GenCode *gen) {
  Graph *g = arena_alloc(sizeof *g);
  g->gen = gen;
  g->n = gen->states.len;
  for (int node = 0; node <= g->n; node++) {
    g->seen = arena_alloc((size_t)(gen->lines->len + 1) * sizeof(Vec));
    g->from = node;
    int pos = node ? ((GenState *)gen->states.items[node - 1])->resume->at : gen->body;
    if (pos < 0) unreachable();
    Whys none = {0};
    graph_walk(g, pos, EK_RESUME, NULL, none);
  }
  return g;
}

/* The generators in source order (emit records them as it finishes each).
 * Those of yieldc's own library (asyncio.py, contextlib.py ...) are left
 * out unless the program is a library file: the diagram is the program's. */
static Vec states_graphs(Module *m) {
  Vec v = {0};
  for (int i = 0; i < m->gens.len; i++) {
    GenCode *gen = m->gens.items[i];
    if (gen->mod != m && gen->mod->library) continue;
    int at = v.len;
    vec_push(&v, NULL);
    while (at > 0) {
      Graph *prev = v.items[at - 1];
      if (prev->gen->mod != gen->mod) break; /* each module's after the main file's, in import order */
      Pos a = prev->gen->fn->pos, b = gen->fn->pos;
      if (a.line < b.line || (a.line == b.line && a.col <= b.col)) break;
      v.items[at] = v.items[at - 1];
      at--;
    }
    v.items[at] = graph_build(gen);
  }
  int colours = 0;
  for (int i = 0; i < v.len; i++) {
    Graph *g = v.items[i];
    g->colours = colours;
    colours += g->n;
  }
  return v;
}

/* ===================================================================== */
/* Shared pieces                                                          */
/* ===================================================================== */

/* One colour per state, light enough to read text on, distinct in order. */
static const char *const palette[] = {
    "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#fb9a99", "#ffff99",
    "#8dd3c7", "#bebada", "#80b1d3", "#fccde5", "#d9d9d9", "#ccebc5",
};
#define NPALETTE ((int)(sizeof palette / sizeof palette[0]))

/* Every state of the module has its own colour, until the palette wraps. */
static const char *state_colour(Graph *g, int state) {
  return palette[(g->colours + state - 1) % NPALETTE];
}

static const char *func_kind(Func *fn) {
  switch (fn->kind) {
  case F_COROUTINE: return "coroutine";
  case F_ASYNCGEN: return "async generator";
  default: return "generator";
  }
}

/* "yield_from" -> "yield from" */
static const char *kind_words(const char *kind) {
  char *s = arena_strdup(kind);
  for (char *p = s; *p; p++)
    if (*p == '_') *p = ' ';
  return s;
}

/* Source line `line` (1-based) without its newline, leading blanks stripped
 * when `strip`; sets *len. */
static const char *source_line(Module *m, int line, bool strip, size_t *len) {
  const char *p = m->src, *end = m->src + m->srclen;
  for (int l = 1; l < line && p < end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    p = nl ? nl + 1 : end;
  }
  const char *eol = memchr(p, '\n', (size_t)(end - p));
  if (!eol) eol = end;
  if (eol > p && eol[-1] == '\r') eol--;
  if (strip)
    while (p < eol && (*p == ' ' || *p == '\t')) p++;
  *len = (size_t)(eol - p);
  return p;
}

static int count_lines(Module *m) {
  int n = 0;
  for (size_t i = 0; i < m->srclen; i++) n += m->src[i] == '\n';
  if (m->srclen && m->src[m->srclen - 1] != '\n') n++;
  return n;
}

/* The name of node `node` of g: "start", a resume label, "return", "raise". */
static const char *node_name(Graph *g, int node) {
  if (node == NODE_START) return "start";
  if (node == NODE_RETURN(g)) return "return";
  if (node == NODE_RAISE(g)) return "raise";
  return ((GenState *)g->gen->states.items[node - 1])->label;
}

/* ===================================================================== */
/* Graphviz                                                               */
/* ===================================================================== */

/* A string in a DOT double-quoted string; at most `max` characters of it
 * (UTF-8 sequences kept whole), "..." marking a cut. */
static void dot_text(Buf *b, const char *s, size_t n, size_t max) {
  size_t chars = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if ((ch & 0xC0) != 0x80 && chars++ == max) {
      buf_puts(b, "...");
      return;
    }
    if (ch == '"' || ch == '\\') buf_putc(b, '\\');
    if (ch < 0x20)
      buf_putc(b, ' ');
    else
      buf_putc(b, (char)ch);
  }
}

static void dot_graph(Buf *b, Module *m, Graph *g) {
  Func *fn = g->gen->fn;
  const char *id = fn->cname;
  buf_printf(b, "\n  subgraph cluster_%s {\n", id);
  if (g->gen->mod == m)
    buf_printf(b, "    label=\"%s %s, line %d\";\n", func_kind(fn), fn->qualname, fn->pos.line);
  else /* in a module the program imports */
    buf_printf(b, "    label=\"%s %s in %s, line %d\";\n", func_kind(fn), fn->qualname, g->gen->mod->name,
               fn->pos.line);
  buf_puts(b, "    style=rounded; color=\"#999999\";\n");
  buf_printf(b, "    %s__start [label=\"start\", shape=circle, style=filled, fillcolor=\"#eeeeee\"];\n", id);
  for (int i = 1; i <= g->n; i++) {
    GenState *st = g->gen->states.items[i - 1];
    size_t len;
    const char *text = source_line(g->gen->mod, st->line, true, &len);
    buf_printf(b, "    %s__%s [label=\"%s (state %d)\\nline %d: ", id, st->label, st->label, i, st->line);
    dot_text(b, text, len, 40);
    buf_printf(b, "\", style=\"rounded,filled\", fillcolor=\"%s\"];\n", state_colour(g, i));
  }
  /* The exits, only if reached. */
  bool ret = false, rai = false;
  for (int i = 0; i < g->edges.len; i++) {
    Edge *e = g->edges.items[i];
    ret |= e->to == NODE_RETURN(g);
    rai |= e->to == NODE_RAISE(g);
  }
  if (ret) buf_printf(b, "    %s__return [label=\"return\", shape=doublecircle];\n", id);
  if (rai)
    buf_printf(b, "    %s__raise [label=\"raise\", shape=doublecircle, color=\"#c0392b\", "
                  "fontcolor=\"#c0392b\"];\n", id);
  for (int i = 0; i < g->edges.len; i++) {
    Edge *e = g->edges.items[i];
    buf_printf(b, "    %s__%s -> %s__%s", id, node_name(g, e->from), id, node_name(g, e->to));
    switch (e->kind) {
    case EK_RESUME: buf_puts(b, ";\n"); break;
    case EK_FINALLY:
      buf_printf(b, " [style=dotted, penwidth=2, color=\"#2166ac\", fontcolor=\"#2166ac\", label=\"%s\"];\n",
                 e->via ? e->via : "finally");
      break;
    case EK_EXCEPTION:
      buf_puts(b, " [style=dashed, color=\"#c0392b\", fontcolor=\"#c0392b\"");
      if (e->via) buf_printf(b, ", label=\"%s\"", e->via);
      buf_puts(b, "];\n");
      break;
    }
  }
  buf_puts(b, "  }\n");
}

void states_dot(Buf *b, Module *m) {
  Vec graphs = states_graphs(m);
  buf_puts(b, "// The state machines of the generators in ");
  dot_text(b, m->path, strlen(m->path), 200);
  buf_printf(b, ", drawn by yieldc %s.\n", YIELDC_VERSION);
  buf_puts(b, "// A node is a state: the resume label in the C, its Python line.  An edge is a\n"
              "// path the body can take when resumed there: solid as written, dotted blue\n"
              "// through a finally block, dashed red following an exception.\n"
              "// Render it with: dot -Tsvg FILE.dot -o FILE.svg\n");
  buf_puts(b, "digraph yieldc {\n");
  buf_puts(b, "  graph [fontname=\"Helvetica\", fontsize=12, labelloc=t, label=\"");
  dot_text(b, m->path, strlen(m->path), 200);
  buf_puts(b, "\\nsolid: resumes as written   dotted: through a finally block   "
              "dashed: after an exception\"];\n");
  buf_puts(b, "  node [fontname=\"Helvetica\", fontsize=10, shape=box];\n");
  buf_puts(b, "  edge [fontname=\"Helvetica\", fontsize=9];\n");
  for (int i = 0; i < graphs.len; i++) dot_graph(b, m, graphs.items[i]);
  buf_puts(b, "}\n");
}

/* ===================================================================== */
/* HTML                                                                   */
/* ===================================================================== */

static void html_text(Buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
    case '&': buf_puts(b, "&amp;"); break;
    case '<': buf_puts(b, "&lt;"); break;
    case '>': buf_puts(b, "&gt;"); break;
    case '"': buf_puts(b, "&quot;"); break;
    case '\r': break;
    default: buf_putc(b, s[i]);
    }
  }
}

static const char html_style[] =
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222;background:#fafafa}\n"
    "header{padding:8px 16px;background:#263238;color:#eceff1}\n"
    "header h1{margin:0;font-size:18px}\n"
    "header p{margin:2px 0 0;font-size:13px;color:#b0bec5}\n"
    "main{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,7fr);gap:12px;padding:12px 16px;"
    "height:calc(100vh - 64px)}\n"
    ".col{display:flex;flex-direction:column;min-height:0;gap:12px}\n"
    "h2{margin:0 0 4px;font-size:14px;color:#455a64}\n"
    ".pane{display:flex;flex-direction:column;min-height:0;flex:1}\n"
    ".code{flex:1;overflow:auto;background:#fff;border:1px solid #cfd8dc;border-radius:4px;"
    "font:12.5px/1.45 ui-monospace,Menlo,Consolas,monospace;tab-size:4}\n"
    ".line{padding:0 8px 0 0;min-height:1.45em;white-space:pre}\n"
    ".line[data-py],.line[data-from]{cursor:pointer}\n"
    ".ln{display:inline-block;width:3.5em;padding-right:8px;text-align:right;color:#90a4ae;"
    "user-select:none}\n"
    ".st{background:var(--st);box-shadow:inset 5px 0 0 rgba(0,0,0,.25)}\n"
    ".line.hl{background:#ffe082}\n"
    ".line.st.hl{background:linear-gradient(90deg,var(--st) 0 3.5em,#ffe082 3.5em)}\n"
    ".line.pinned{outline:2px solid #f57f17;outline-offset:-2px}\n"
    ".cm{color:#78909c}\n"
    "#states{overflow:auto;max-height:45%;background:#fff;border:1px solid #cfd8dc;border-radius:4px;"
    "padding:6px 8px}\n"
    "#states h3{margin:6px 0 2px;font-size:13px}\n"
    "#states table{border-collapse:collapse;font-size:12.5px}\n"
    "#states td{padding:1px 6px;vertical-align:top}\n"
    ".sw{display:inline-block;width:12px;height:12px;border:1px solid #0003;vertical-align:middle}\n"
    "code{font:12px ui-monospace,Menlo,Consolas,monospace}\n"
    ".to{display:inline-block;margin:0 4px 2px 0;padding:0 4px;border:1px solid #78909c;"
    "border-radius:3px;font:12px ui-monospace,Menlo,Consolas,monospace}\n"
    ".to.finally{border:2px dotted #2166ac;color:#2166ac}\n"
    ".to.exception{border:1px dashed #c0392b;color:#c0392b}\n"
    ".key{font-size:12px;color:#546e7a}\n";

/* Lines are found by their data attributes; the highlighted set is kept so
 * it can be cleared without a search.  A click pins it until the next. */
static const char html_script[] =
    "(function () {\n"
    "  var py = document.getElementById('py'), c = document.getElementById('c');\n"
    "  var cOf = {};\n"
    "  c.querySelectorAll('[data-from]').forEach(function (e) {\n"
    "    (cOf[e.dataset.from] = cOf[e.dataset.from] || []).push(e);\n"
    "  });\n"
    "  var lit = [], pinned = null;\n"
    "  function clear() {\n"
    "    lit.forEach(function (e) { e.classList.remove('hl'); });\n"
    "    lit = [];\n"
    "  }\n"
    "  function show(n) {\n"
    "    clear();\n"
    "    var p = py.querySelector('[data-py=\"' + n + '\"]');\n"
    "    if (p) lit.push(p);\n"
    "    lit = lit.concat(cOf[n] || []);\n"
    "    lit.forEach(function (e) { e.classList.add('hl'); });\n"
    "  }\n"
    "  function lineOf(t) {\n"
    "    var e = t && t.closest ? t.closest('.line') : null;\n"
    "    var n = e && (e.dataset.py || e.dataset.from);\n"
    "    return n ? { el: e, n: n } : null;\n"
    "  }\n"
    "  /* Bring the first lit line of the other side into view. */\n"
    "  function reveal(from) {\n"
    "    var pane = from.closest('.code') === py ? c : py;\n"
    "    for (var i = 0; i < lit.length; i++) {\n"
    "      if (lit[i].closest('.code') !== pane) continue;\n"
    "      var top = lit[i].offsetTop - pane.offsetTop;\n"
    "      if (top < pane.scrollTop || top > pane.scrollTop + pane.clientHeight - 20)\n"
    "        pane.scrollTop = top - pane.clientHeight / 3;\n"
    "      return;\n"
    "    }\n"
    "  }\n"
    "  document.addEventListener('mouseover', function (ev) {\n"
    "    var l = lineOf(ev.target);\n"
    "    if (!pinned && l) show(l.n);\n"
    "  });\n"
    "  document.addEventListener('mouseout', function (ev) {\n"
    "    if (!pinned && lineOf(ev.target)) clear();\n"
    "  });\n"
    "  document.addEventListener('click', function (ev) {\n"
    "    var l = lineOf(ev.target);\n"
    "    var again = pinned && l && pinned === l.el;\n"
    "    if (pinned) pinned.classList.remove('pinned');\n"
    "    pinned = null;\n"
    "    clear();\n"
    "    if (!l) return;\n"
    "    show(l.n); /* the mouse is still over it */\n"
    "    if (again) return;\n"
    "    pinned = l.el;\n"
    "    pinned.classList.add('pinned');\n"
    "    reveal(l.el);\n"
    "  });\n"
    "})();\n";

/* A state's id in the page: unique in the module (labels are unique only
 * within their function). */
static const char *state_id(Graph *g, int state) {
  return arena_printf("%s.%s", g->gen->fn->cname, node_name(g, state));
}

static void html_state_attrs(Buf *b, Graph *g, int state) {
  buf_printf(b, " class=\"line st\" data-state=\"%s\" style=\"--st:%s\"", state_id(g, state),
             state_colour(g, state));
}

/* The legend: per generator, its states with their lines and successors. */
static void html_legend(Buf *b, Module *m, Vec *graphs) {
  buf_puts(b, "<div id=\"states\">\n<h2>States</h2>\n");
  buf_puts(b, "<div class=\"key\">Each state is a suspension point; the next column lists where "
              "resuming it can go: <span class=\"to\">as written</span> "
              "<span class=\"to finally\">through finally</span> "
              "<span class=\"to exception\">after an exception</span></div>\n");
  if (graphs->len == 0) buf_puts(b, "<p>No generators in this module.</p>\n");
  for (int i = 0; i < graphs->len; i++) {
    Graph *g = graphs->items[i];
    Func *fn = g->gen->fn;
    buf_printf(b, "<h3>%s <code>", func_kind(fn));
    html_text(b, fn->qualname, strlen(fn->qualname));
    buf_puts(b, "</code>");
    if (g->gen->mod != m) { /* in a module the program imports */
      buf_puts(b, " in ");
      html_text(b, g->gen->mod->path, strlen(g->gen->mod->path));
    }
    buf_printf(b, ", line %d</h3>\n<table>\n", fn->pos.line);
    for (int node = 0; node <= g->n; node++) {
      if (node == NODE_START) {
        buf_puts(b, "<tr><td><span class=\"sw\"></span></td><td><code>start</code></td><td>"
                    "created, not yet run</td><td>");
      } else {
        GenState *st = g->gen->states.items[node - 1];
        size_t len;
        const char *text = source_line(g->gen->mod, st->line, true, &len);
        buf_printf(b, "<tr data-state=\"%s\"><td><span class=\"sw\" style=\"background:%s\"></span>"
                      "</td><td><code>%s</code></td><td>line %d, %s: <code>",
                   state_id(g, node), state_colour(g, node), st->label, st->line, kind_words(st->kind));
        html_text(b, text, len);
        buf_puts(b, "</code></td><td>");
      }
      for (int k = 0; k < g->edges.len; k++) {
        Edge *e = g->edges.items[k];
        if (e->from != node) continue;
        static const char *const cls[] = {"to", "to finally", "to exception"};
        buf_printf(b, "<span class=\"%s\"", cls[e->kind]);
        if (e->via) buf_printf(b, " title=\"%s\"", e->via);
        buf_printf(b, ">%s</span>", node_name(g, e->to));
      }
      buf_puts(b, "</td></tr>\n");
    }
    buf_puts(b, "</table>\n");
  }
  buf_puts(b, "</div>\n");
}

/* One C line, its comments dimmed (the emitter's comments fit on a line). */
static void html_c_line(Buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t open = i;
    while (open + 1 < n && !(s[open] == '/' && s[open + 1] == '*')) open++;
    size_t close = open + 2;
    while (close + 1 < n && !(s[close] == '*' && s[close + 1] == '/')) close++;
    if (close + 1 >= n) { /* no (complete) comment left */
      html_text(b, s + i, n - i);
      return;
    }
    html_text(b, s + i, open - i);
    buf_puts(b, "<span class=\"cm\">");
    html_text(b, s + open, close + 2 - open);
    buf_puts(b, "</span>");
    i = close + 2;
  }
}

void states_html(Buf *b, Module *m) {
  Vec graphs = states_graphs(m);

  /* Which state, if any, each Python line suspends in (the first there). */
  int nlines = count_lines(m);
  Graph **line_graph = arena_alloc((size_t)(nlines + 2) * sizeof *line_graph);
  int *line_state_no = arena_alloc((size_t)(nlines + 2) * sizeof *line_state_no);
  for (int i = 0; i < graphs.len; i++) {
    Graph *g = graphs.items[i];
    if (g->gen->mod != m) continue; /* an imported module's lines are not in this pane */
    for (int s = 1; s <= g->n; s++) {
      GenState *st = g->gen->states.items[s - 1];
      if (st->line >= 1 && st->line <= nlines && !line_graph[st->line]) {
        line_graph[st->line] = g;
        line_state_no[st->line] = s;
      }
    }
  }

  buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
  buf_printf(b, "<meta name=\"generator\" content=\"yieldc %s\">\n", YIELDC_VERSION);
  buf_puts(b, "<title>yieldc: ");
  html_text(b, m->path, strlen(m->path));
  buf_puts(b, "</title>\n<style>\n");
  buf_puts(b, html_style);
  buf_puts(b, "</style>\n</head>\n<body>\n<header><h1>");
  html_text(b, m->path, strlen(m->path));
  buf_printf(b, " &rarr; C</h1><p>yieldc %s. Hover over a line to see what it became, on either "
                "side; click to keep it. Each state (suspension point) has its colour.</p>"
                "</header>\n<main>\n",
             YIELDC_VERSION);

  /* The Python, then the legend. */
  buf_puts(b, "<div class=\"col\">\n<div class=\"pane\"><h2>Python</h2><div id=\"py\" class=\"code\">");
  for (int line = 1; line <= nlines; line++) {
    size_t len;
    const char *text = source_line(m, line, false, &len);
    buf_puts(b, "<div");
    if (line_graph[line])
      html_state_attrs(b, line_graph[line], line_state_no[line]);
    else
      buf_puts(b, " class=\"line\"");
    buf_printf(b, " data-py=\"%d\"><span class=\"ln\">%d</span>", line, line);
    html_text(b, text, len);
    buf_puts(b, "</div>\n");
  }
  buf_puts(b, "</div></div>\n");
  html_legend(b, m, &graphs);
  buf_puts(b, "</div>\n");

  /* The C as --no-line prints it, each line with where it came from. */
  Buf c_text = {0};
  Vec from = {0};
  CodePrint plain = {0};
  code_print(&c_text, &m->lines, &plain, &from);
  buf_puts(b, "<div class=\"pane\"><h2>C</h2><div id=\"c\" class=\"code\">");
  int cline = 0;
  for (const char *p = c_text.data ? c_text.data : ""; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    Line *l = from.items[cline++];
    Graph *g = NULL;
    for (int i = 0; l->state && i < graphs.len && !g; i++)
      if (((Graph *)graphs.items[i])->gen == l->gen) g = graphs.items[i];
    buf_puts(b, "<div");
    if (g)
      html_state_attrs(b, g, l->state);
    else
      buf_puts(b, " class=\"line\"");
    buf_printf(b, " data-c=\"%d\"", cline);
    if (l->pyline && !l->imported) buf_printf(b, " data-from=\"%d\"", l->pyline);
    buf_printf(b, "><span class=\"ln\">%d</span>", cline);
    html_c_line(b, p, n);
    buf_puts(b, "</div>\n");
    p += n + (nl ? 1 : 0);
  }
  buf_free(&c_text);
  buf_puts(b, "</div></div>\n</main>\n<script>\n");
  buf_puts(b, html_script);
  buf_puts(b, "</script>\n</body>\n</html>\n");
}

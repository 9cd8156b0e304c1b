/*
 * diag.c: diagnostics.
 *
 * yieldc stops at the first error in the user's program.  An error names the
 * place in the GNU form and shows the line with a caret under the column
 * (chibicc's error_tok):
 *
 *     prog.py:3:5: error: 'return' outside function
 *     	return 1
 *     	^
 *
 * Columns are 1-based byte columns, as tree-sitter counts them.  The caret
 * line copies tabs from the source line so the caret sits under the column in
 * any tab width, and counts a multi-byte UTF-8 character as one column of
 * padding.  Colour, as gcc uses it (bold place, red "error:", green caret),
 * only when stderr is a terminal, TERM is not "dumb" and NO_COLOR is unset.
 *
 * Before exiting, an error removes the one output file registered with
 * diag_remove_on_error, so a failed compile never leaves partial output.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "yieldc.h"

static const char *diag_path = "<input>";
static const char *diag_src;
static size_t diag_len;
static char *diag_output; /* a file to remove on error (malloc'd), or NULL */

void diag_init(const char *path, const char *src, size_t len) {
  diag_path = path ? path : "<input>";
  diag_src = src;
  diag_len = len;
}

void diag_remove_on_error(const char *path) {
  free(diag_output);
  diag_output = NULL;
  if (path) {
    diag_output = strdup(path);
    /* If strdup fails we cannot promise removal; nothing better to do. */
  }
}

static void diag_cleanup(void) {
  if (diag_output) {
    unlink(diag_output);
    free(diag_output);
    diag_output = NULL;
  }
}

/* Print source line `line` (1-based) and a caret under byte column `col`. */
/* gcc's colours, or nothing when stderr is not a colour terminal. */
static const char *diag_color(const char *sgr) {
  static int on = -1;
  if (on < 0) {
    const char *term = getenv("TERM");
    on = isatty(2) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
  }
  return on ? sgr : "";
}
#define BOLD diag_color("\033[1m")
#define RED diag_color("\033[1;31m")
#define GREEN diag_color("\033[1;32m")
#define RESET diag_color("\033[0m")

static void diag_show_line(int line, int col) {
  if (!diag_src || line < 1)
    return;
  const char *p = diag_src, *end = diag_src + diag_len;
  for (int l = 1; l < line && p < end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
      p = end;
      break;
    }
    p = nl + 1;
  }
  const char *eol = memchr(p, '\n', (size_t)(end - p));
  if (!eol)
    eol = end;
  if (eol > p && eol[-1] == '\r')
    eol--;
  /* The line as it is, but control characters (a NUL, say) shown as spaces. */
  for (const char *q = p; q < eol; q++)
    fputc((unsigned char)*q < 0x20 && *q != '\t' ? ' ' : *q, stderr);
  fputc('\n', stderr);
  /* The caret line: the line's bytes before the column, as padding. */
  for (int i = 0; i < col - 1; i++) {
    unsigned char c = p + i < eol ? (unsigned char)p[i] : ' ';
    if (c == '\t')
      fputc('\t', stderr);
    else if ((c & 0xC0) != 0x80) /* not a UTF-8 continuation byte */
      fputc(' ', stderr);
  }
  fprintf(stderr, "%s^%s\n", GREEN, RESET);
}

void diag_error(Pos pos, const char *fmt, ...) {
  fflush(stdout);
  if (pos.line > 0)
    fprintf(stderr, "%s%s:%d:%d:%s %serror:%s ", BOLD, diag_path, pos.line, pos.col, RESET, RED, RESET);
  else
    fprintf(stderr, "%s%s:%s %serror:%s ", BOLD, diag_path, RESET, RED, RESET);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  if (pos.line > 0)
    diag_show_line(pos.line, pos.col > 0 ? pos.col : 1);
  diag_cleanup();
  exit(1);
}

void diag_fatal(const char *fmt, ...) {
  fflush(stdout);
  fprintf(stderr, "%syieldc:%s %serror:%s ", BOLD, RESET, RED, RESET);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  diag_cleanup();
  exit(1);
}

void diag_unreachable(const char *file, int line) {
  fflush(stdout);
  fprintf(stderr, "yieldc: internal error at %s:%d\n", file, line);
  diag_cleanup();
  abort();
}

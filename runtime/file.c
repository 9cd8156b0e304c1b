/*
 * file.c: file objects and the builtin open(); the standard streams that
 * sys.c makes sys.stdin, sys.stdout and sys.stderr.
 *
 * Design
 * ------
 * One C struct, YFile, stands for CPython's whole io stack (FileIO under a
 * BufferedReader/Writer/Random under a TextIOWrapper): a file descriptor,
 * one read buffer and one write buffer.  Its type says which object CPython
 * would have made, for type(), repr and the messages: _io.TextIOWrapper
 * (text), _io.BufferedReader/Writer/Random (binary), _io.FileIO (binary,
 * buffering=0).  Each type is a YMethodType (rt.h): its methods are a
 * table that yrt_callmethod calls directly, and `with` calls __enter__ and
 * __exit__ from it.
 *
 * Reading.  The fd is read in chunks of 8192 bytes, CPython's
 * TextIOWrapper chunk, so a program streaming a file by lines (a generator
 * over `for line in f`) holds one chunk and one line at a time, whatever
 * the file's size.  In text mode each chunk is decoded when it is read, as
 * CPython's incremental decoder does, so a UnicodeDecodeError comes at the
 * same call and gives the same position (counted from the start of the
 * chunk, plus the bytes of a character split by the previous chunk).  The
 * buffer holds valid UTF-8: for UTF-8 and ASCII in strict mode the file's
 * own bytes (so tell() is exact), otherwise (latin-1, or invalid input
 * replaced by an error handler) the decoded text.  Newlines are handled
 * when lines are taken from the buffer, as CPython's newline= modes say:
 * None (universal newlines, translated to '\n'), '' (universal, not
 * translated), '\n', '\r', '\r\n' (only that ending).  Writing translates
 * '\n' to newline= when that is '\r' or '\r\n'.
 *
 * Writing.  A file's writes go to its write buffer, flushed when full (the
 * file's st_blksize, as CPython sizes it), on flush(), close(), or, when
 * line-buffered (buffering=1, or a terminal), after a write with a newline.
 * The standard output and error are different: their writes go through C's
 * stdout/stderr, the streams print() writes to (builtins.c), so that
 * print() and sys.stdout.write() interleave in program order; a failed
 * write raises OSError as print's does (yrt_stdio_failed).  sys.stdin reads
 * fd 0 through its own buffer as any file.  A '+' file switches from
 * reading to writing by seeking back over what it read ahead.
 *
 * Errors are CPython 3.11's: FileNotFoundError, IsADirectoryError,
 * PermissionError, FileExistsError (mode 'x') with the filename,
 * "ValueError: I/O operation on closed file.", io.UnsupportedOperation
 * ("not readable", "not writable"), the invalid-mode and argument
 * messages of open().  io.UnsupportedOperation derives from OSError and
 * ValueError, as CPython's; it is printed as "io.UnsupportedOperation".
 *
 * Left out, or different from CPython: the text tell() cookie is the byte
 * offset (CPython's is that too unless a read stopped inside a decoder
 * state, e.g. between '\r' and '\n'); text files in latin-1 or with
 * replaced invalid input tell() the offset of their decoded buffer; no
 * truncate(), readinto(), peek(), read1(), detach(), buffer, raw or
 * newlines; encodings are those of bytes.c (UTF-8, ASCII, Latin-1);
 * errors= is strict, ignore, replace or backslashreplace; closing
 * sys.stdout does not close fd 1.  A file still open when the program ends
 * is flushed and closed when its last reference goes (yrt_finish releases
 * the globals), as CPython's are.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fileno, isatty */
#endif
#include "rt.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK 8192 /* CPython's TextIOWrapper._CHUNK_SIZE and io.DEFAULT_BUFFER_SIZE */

/* What kind of file object. */
typedef enum FileKind {
  FK_TEXT,    /* _io.TextIOWrapper */
  FK_BUFFERED, /* _io.BufferedReader, BufferedWriter, BufferedRandom */
  FK_RAW      /* _io.FileIO: binary, buffering=0 */
} FileKind;

/* newline= of a text file. */
typedef enum Newline {
  NL_UNIVERSAL, /* None: \n, \r and \r\n end lines and read as \n */
  NL_KEEP,      /* '': \n, \r and \r\n end lines, read as they are */
  NL_LF,        /* '\n' */
  NL_CR,        /* '\r' */
  NL_CRLF       /* '\r\n' */
} Newline;

#define F_READ 1u     /* opened for reading */
#define F_WRITE 2u    /* opened for writing */
#define F_CLOSED 4u   /* closed */
#define F_CLOSEFD 8u  /* close() closes the fd */
#define F_LINEBUF 16u /* flush after a write with a newline */
#define F_EOF 32u     /* the last read found the end of the file */
#define F_INEXACT 64u /* the read buffer holds decoded text, not the file's bytes */

typedef struct YFile {
  YObj ob;
  FileKind kind;
  unsigned flags;
  int fd;
  FILE *std;       /* sys.stdout, sys.stderr: C's stream, which writes go through; else NULL */
  YValue name;     /* the name attribute: the path as given, or the fd */
  char mode[8];    /* the mode attribute */
  YValue encoding; /* text: the encoding attribute (a str) */
  YValue errors;   /* text: the errors attribute (a str) */
  int codec;       /* text: YCODEC_* */
  Newline newline; /* text */
  /* Reading: rbuf[rpos, vlen) is ready; rbuf[vlen, rlen) the start of a
   * character that the next chunk completes. */
  char *rbuf;
  int64_t rpos, vlen, rlen, rcap;
  int64_t ascii_from; /* text: rbuf[ascii_from, vlen) is ASCII (a line there has as many characters as bytes) */
  /* Writing: wbuf[0, wlen), flushed when it reaches wcap. */
  char *wbuf;
  int64_t wlen, wcap;
} YFile;

static const YMethodType text_type, reader_type, writer_type, random_type, fileio_type;
static YValue file_repr(YObj *o);

static int is_file(YValue v) {
  if (v.tag != YT_OBJ) return 0;
  const YType *t = v.u.o->type;
  return t == &text_type.ex.type || t == &reader_type.ex.type || t == &writer_type.ex.type ||
         t == &random_type.ex.type || t == &fileio_type.ex.type;
}

/* ---- io.UnsupportedOperation ---------------------------------------------- */

/* Its MRO as a static tuple (it derives from OSError and ValueError). */
static const struct {
  YObj ob;
  int64_t len;
  YValue items[6];
} unsupported_mro = {{YRT_IMMORTAL, &yrt_type_tuple},
                     6,
                     {{.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_UnsupportedOperation}},
                      {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_OSError}},
                      {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_ValueError}},
                      {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_Exception}},
                      {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_BaseException}},
                      {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_type_object}}}};
const YType yrt_exc_UnsupportedOperation = {.ob = {YRT_IMMORTAL, &yrt_type_type},
                                            .name = "UnsupportedOperation",
                                            .base = &yrt_exc_OSError,
                                            .kind = YK_EXC,
                                            .call = yrt_exc_class_call,
                                            .module = "io",
                                            .mro = {.tag = YT_OBJ, .u = {.o = (YObj *)&unsupported_mro}}};

static YValue unsupported(const char *what) {
  return yrt_raise_msg(&yrt_exc_UnsupportedOperation, "%s", what);
}

/* ---- the checks every method makes --------------------------------------- */

/* Which method is asking, for the messages that name it. */
typedef enum Op {
  OP_READ,     /* read, readlines */
  OP_READLINE, /* readline, __next__ */
  OP_WRITE,    /* write, writelines */
  OP_FLUSH,    /* flush */
  OP_SEEK,     /* seek */
  OP_OTHER,    /* readlines, writelines, __enter__, __iter__: "... file." */
  OP_QUERY     /* tell, seekable, readable, writable, fileno, isatty: "... file" */
} Op;

/* ValueError for an operation on a closed file: the message of the object
 * CPython would have raised it (they differ in their wording and dot). */
static YValue closed_error(const YFile *f, Op op) {
  const char *m = "I/O operation on closed file.";
  if (op == OP_QUERY) m = "I/O operation on closed file";
  if (f->kind == FK_RAW && op != OP_OTHER) m = "I/O operation on closed file";
  if (f->kind == FK_BUFFERED) switch (op) {
    case OP_READ: m = "read of closed file"; break;
    case OP_READLINE: m = "readline of closed file"; break;
    case OP_WRITE: m = "write to closed file"; break;
    case OP_FLUSH: m = "flush of closed file"; break;
    case OP_SEEK: m = "seek of closed file"; break;
    default: break;
    }
  return yrt_raise_msg(&yrt_exc_ValueError, "%s", m);
}

/* The checks before reading (want F_READ) or writing (F_WRITE): 0, or -1
 * and UnsupportedOperation / ValueError, in CPython's order. */
static int check(const YFile *f, unsigned want, Op op) {
  int can = (f->flags & want) != 0;
  if (f->kind == FK_TEXT) {
    if (f->flags & F_CLOSED) return closed_error(f, op), -1;
    if (!can) return unsupported(want == F_READ ? "not readable" : "not writable"), -1;
    return 0;
  }
  const char *what = f->kind == FK_BUFFERED ? (want == F_READ ? "read" : "write")
                     : want == F_READ        ? "File not open for reading"
                                             : "File not open for writing";
  if (!can && f->kind == FK_BUFFERED && op != OP_OTHER) return unsupported(what), -1;
  if (f->flags & F_CLOSED) return closed_error(f, op), -1;
  if (!can) return unsupported(what), -1;
  return 0;
}

static int check_open(const YFile *f, Op op) {
  if (f->flags & F_CLOSED) return closed_error(f, op), -1;
  return 0;
}

/* ---- the fd ------------------------------------------------------------------ */

/* Write everything in wbuf: 0, or -1 and OSError (what was not written
 * stays in the buffer, as CPython's BufferedWriter keeps it). */
static int flush_wbuf(YFile *f) {
  int64_t done = 0;
  while (done < f->wlen) {
    ssize_t n = write(f->fd, f->wbuf + done, (size_t)(f->wlen - done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      memmove(f->wbuf, f->wbuf + done, (size_t)(f->wlen - done));
      f->wlen -= done;
      yrt_raise_oserror(err, YUNBOUND);
      return -1;
    }
    done += n;
  }
  f->wlen = 0;
  return 0;
}

/* Write len bytes to fd: 0, or -1 and OSError. */
static int write_all(int fd, const char *s, int64_t len) {
  for (int64_t done = 0; done < len;) {
    ssize_t n = write(fd, s + done, (size_t)(len - done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      yrt_raise_oserror(errno, YUNBOUND);
      return -1;
    }
    done += n;
  }
  return 0;
}

/* Drop what was read ahead, seeking the fd back over it (a '+' file about
 * to write, seek, or a tell). */
static int drop_readahead(YFile *f) {
  int64_t ahead = f->rlen - f->rpos;
  f->rpos = f->vlen = f->rlen = f->ascii_from = 0;
  f->flags &= ~(F_EOF | F_INEXACT);
  if (ahead > 0 && lseek(f->fd, -(off_t)ahead, SEEK_CUR) < 0) {
    yrt_raise_oserror(errno, YUNBOUND);
    return -1;
  }
  return 0;
}

/* Append len bytes to the write buffer (or the std stream); flush it when
 * full or when `line` (a line-buffered file wrote a newline). */
static int put_bytes(YFile *f, const char *s, int64_t len, int line) {
  if (f->std) {
    errno = 0;
    if (len) fwrite(s, 1, (size_t)len, f->std);
    if (yrt_stdio_failed(f->std)) return -1;
    if (line && (f->flags & F_LINEBUF)) {
      fflush(f->std);
      if (yrt_stdio_failed(f->std)) return -1;
    }
    return 0;
  }
  if (f->rlen > 0 && drop_readahead(f) < 0) return -1;
  if (f->kind == FK_RAW) return write_all(f->fd, s, len); /* unbuffered */
  if (f->wlen + len > f->wcap && f->wlen > 0 && flush_wbuf(f) < 0) return -1;
  if (len >= f->wcap) return write_all(f->fd, s, len); /* a big write goes straight out, as BufferedWriter's */
  if (!f->wbuf) f->wbuf = yrt_malloc((size_t)f->wcap);
  memcpy(f->wbuf + f->wlen, s, (size_t)len);
  f->wlen += len;
  if (line && (f->flags & F_LINEBUF)) return flush_wbuf(f);
  return 0;
}

/* Before reading: the writes go out first. */
static int before_read(YFile *f) {
  if (f->wlen > 0) return flush_wbuf(f);
  return 0;
}

/* Replace rbuf[from, to) by the UTF-8 of the str s (decoded text). */
static void splice_decoded(YFile *f, int64_t from, int64_t to, YValue s) {
  const YStr *d = YSTR(s);
  int64_t tail = f->rlen - to, need = from + d->len + tail;
  if (need > f->rcap) {
    f->rcap = need + CHUNK;
    f->rbuf = yrt_realloc(f->rbuf, (size_t)f->rcap);
  }
  memmove(f->rbuf + from + d->len, f->rbuf + to, (size_t)tail);
  memcpy(f->rbuf + from, d->data, (size_t)d->len);
  f->rlen = need;
  f->vlen = from + d->len;
  f->ascii_from = f->vlen;
  f->flags |= F_INEXACT;
}

/* Decode rbuf[vlen, rlen) of a text file, leaving a character the next
 * chunk completes undecoded unless `final`: 0, or -1 and
 * UnicodeDecodeError. */
static int decode_new(YFile *f, int final) {
  const unsigned char *s = (const unsigned char *)f->rbuf;
  int64_t i = f->vlen, n = f->rlen;
  if (f->codec == YCODEC_LATIN1) {
    if (i == n) return 0;
    YValue d = yrt_codec_decode(YCODEC_LATIN1, f->rbuf + i, n - i, f->errors);
    if (YIS_ERR(d)) return -1;
    if (YSTR(d)->len == n - i)
      f->vlen = n; /* ASCII: the same bytes */
    else
      splice_decoded(f, i, n, d);
    yrt_decref(d);
    return 0;
  }
  int64_t start = i;
  while (i < n) {
    if (i + 8 <= n) { /* eight ASCII bytes at a time */
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080u)) {
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    f->ascii_from = i + 1; /* at least past this byte */
    int len = 1, bad = 0;
    const char *why = NULL;
    if (f->codec == YCODEC_UTF8)
      bad = yrt_utf8_invalid(s, i, n, &len, &why);
    else
      bad = 1;
    if (!bad) {
      i += len;
      f->ascii_from = i;
      continue;
    }
    if (!final && why && !strcmp(why, "unexpected end of data")) break; /* the next chunk may complete it */
    /* Invalid: the handler decides, on the whole run as CPython's decoder
     * sees it (strict: the error, its position counted from `start`). */
    int64_t end = n;
    if (!final) { /* keep a trailing incomplete character for the next chunk */
      int64_t j = n;
      int back = 0;
      while (j > start && back < 4 && (s[j - 1] & 0xC0) == 0x80) j--, back++;
      if (j > start && s[j - 1] >= 0xC2 && f->codec == YCODEC_UTF8) {
        int l2;
        const char *w2 = NULL;
        if (yrt_utf8_invalid(s, j - 1, n, &l2, &w2) && w2 && !strcmp(w2, "unexpected end of data")) end = j - 1;
      }
    }
    YValue d = yrt_codec_decode(f->codec, f->rbuf + start, end - start, f->errors);
    if (YIS_ERR(d)) return -1;
    splice_decoded(f, start, end, d);
    yrt_decref(d);
    return 0;
  }
  f->vlen = i;
  return 0;
}

/* Read the next chunk into the read buffer: 1, 0 at the end of the file,
 * -1 on error.  Text is decoded unless `raw` (read() of the whole rest
 * decodes it at once, as CPython's does). */
static int fill_ex(YFile *f, int raw) {
  if (f->flags & F_EOF) return 0;
  if (f->rpos > 0) { /* keep what is not consumed at the start */
    memmove(f->rbuf, f->rbuf + f->rpos, (size_t)(f->rlen - f->rpos));
    f->vlen -= f->rpos;
    f->rlen -= f->rpos;
    f->ascii_from = f->ascii_from > f->rpos ? f->ascii_from - f->rpos : 0;
    f->rpos = 0;
  }
  if (f->rlen + CHUNK > f->rcap) {
    f->rcap = f->rcap ? 2 * f->rcap : 2 * CHUNK;
    if (f->rcap < f->rlen + CHUNK) f->rcap = f->rlen + CHUNK;
    f->rbuf = yrt_realloc(f->rbuf, (size_t)f->rcap);
  }
  ssize_t n;
  do
    n = read(f->fd, f->rbuf + f->rlen, CHUNK);
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    yrt_raise_oserror(errno, YUNBOUND);
    return -1;
  }
  f->rlen += n;
  if (n == 0) f->flags |= F_EOF;
  if (f->kind != FK_TEXT) {
    f->vlen = f->rlen;
    return n > 0;
  }
  if (raw) return n > 0;
  if (decode_new(f, n == 0) < 0) return -1;
  return n > 0 || f->vlen > f->rpos;
}
static int fill(YFile *f) { return fill_ex(f, 0); }

/* ---- taking text and bytes from the read buffer ---------------------------- */

/* Does newline mode nl translate line endings to '\n'? */
#define TRANSLATES(f) ((f)->kind == FK_TEXT && (f)->newline == NL_UNIVERSAL)

/* Append s[0, n) to out, translated (\r\n and \r read as \n) if `tr`.
 * s ends with a complete line ending. */
static void put_text(YBuf *out, const char *s, int64_t n, int tr) {
  if (!tr) {
    yrt_buf_putn(out, s, (size_t)n);
    return;
  }
  while (n > 0) {
    const char *cr = memchr(s, '\r', (size_t)n);
    if (!cr) {
      yrt_buf_putn(out, s, (size_t)n);
      return;
    }
    yrt_buf_putn(out, s, (size_t)(cr - s));
    yrt_buf_putc(out, '\n');
    int64_t k = cr - s + 1;
    if (k < n && cr[1] == '\n') k++;
    s += k;
    n -= k;
  }
}

/* The number of characters in s[0, n): UTF-8 for text, bytes otherwise. */
static int64_t count_chars(const YFile *f, const char *s, int64_t n) {
  return f->kind == FK_TEXT ? yrt_utf8_count(s, n) : n;
}

/* The byte length of the first k characters of s[0, n). */
static int64_t chars_to_bytes(const YFile *f, const char *s, int64_t n, int64_t k) {
  if (f->kind != FK_TEXT) return k < n ? k : n;
  int64_t i = 0;
  while (k-- > 0 && i < n) {
    unsigned char c = (unsigned char)s[i];
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return i < n ? i : n;
}

/* The result of a read: a str of the text file, or bytes. */
static YValue make_result(const YFile *f, const char *s, int64_t n) {
  if (f->kind == FK_TEXT) {
    uintptr_t p = (uintptr_t)s, b = (uintptr_t)f->rbuf; /* s may be outside rbuf */
    int ascii = f->rbuf && p >= b + (uintptr_t)f->ascii_from && p <= b + (uintptr_t)f->vlen;
    return yrt_str_make(s, n, ascii ? n : -1);
  }
  return yrt_bytes_new(s, n);
}
static YValue buf_result(const YFile *f, YBuf *b) {
  YValue r = make_result(f, b->data ? b->data : "", (int64_t)b->len);
  yrt_buf_free(b);
  return r;
}

/* Find the end of the line starting at rbuf[rpos]: 1 with *end just after
 * its line ending (within vlen), 0 if the buffer holds no complete line
 * (more must be read; at EOF the rest is the last line), scanning from
 * *from onward. */
static int find_eol(const YFile *f, int64_t *from, int64_t *end) {
  const char *s = f->rbuf;
  int64_t i = *from, n = f->vlen;
  int eof = (f->flags & F_EOF) != 0;
  Newline nl = f->kind == FK_TEXT ? f->newline : NL_LF;
  if (nl == NL_LF) {
    const char *p = i < n ? memchr(s + i, '\n', (size_t)(n - i)) : NULL;
    if (p) {
      *end = p - s + 1;
      return 1;
    }
    *from = n;
    return 0;
  }
  if (nl == NL_UNIVERSAL || nl == NL_KEEP) { /* the \n by memchr, then a \r before it */
    const char *p = i < n ? memchr(s + i, '\n', (size_t)(n - i)) : NULL;
    const char *cr = i < n ? memchr(s + i, '\r', (size_t)((p ? p - s : n) - i)) : NULL;
    if (!cr) {
      if (p) {
        *end = p - s + 1;
        return 1;
      }
      *from = n;
      return 0;
    }
    i = cr - s;
  }
  for (; i < n; i++) {
    if (nl != NL_CR && nl != NL_CRLF && s[i] == '\n') {
      *end = i + 1;
      return 1;
    }
    if (s[i] != '\r') continue;
    if (nl == NL_CR) {
      *end = i + 1;
      return 1;
    }
    if (i + 1 == n && !eof) { /* a \n may follow in the next chunk */
      *from = i;
      return 0;
    }
    if (i + 1 < n && s[i + 1] == '\n') {
      *end = i + 2;
      return 1;
    }
    if (nl != NL_CRLF) {
      *end = i + 1;
      return 1;
    }
  }
  *from = n;
  return 0;
}

/* readline(size): the next line, at most `size` characters (size < 0:
 * the whole line); empty at the end of the file. */
static YValue take_line(YFile *f, int64_t size) {
  if (before_read(f) < 0) return YERROR;
  int64_t scanned = 0, end; /* scanned: how far from rpos no line ending was found */
  for (;;) {
    int64_t from = f->rpos + scanned;
    if (find_eol(f, &from, &end)) break;
    scanned = from - f->rpos;
    if (size >= 0 && count_chars(f, f->rbuf + f->rpos, scanned) >= size) {
      end = f->rpos + scanned; /* enough for the limit */
      break;
    }
    int r = fill(f); /* moves the unconsumed text to rbuf[0]: rpos changes */
    if (r < 0) return YERROR;
    if (r == 0) { /* the end of the file: a \r left pending ends the last line */
      from = f->rpos + scanned;
      if (!find_eol(f, &from, &end)) end = f->vlen;
      break;
    }
  }
  const char *s = f->rbuf + f->rpos;
  int64_t n = end - f->rpos;
  if (size >= 0) {
    int64_t k = chars_to_bytes(f, s, n, size);
    /* A translated \r\n is one character: a limit that ends after its \r
     * takes the \n too. */
    if (k < n && k > 0 && s[k - 1] == '\r' && s[k] == '\n' && TRANSLATES(f)) k++;
    n = k;
  }
  f->rpos += n;
  if (!TRANSLATES(f) || !memchr(s, '\r', (size_t)n)) return make_result(f, s, n);
  YBuf b = {0};
  put_text(&b, s, n, 1);
  return buf_result(f, &b);
}

/* read(size): at most size characters (size < 0: everything left). */
static YValue take(YFile *f, int64_t size) {
  if (before_read(f) < 0) return YERROR;
  YBuf b = {0};
  if (size < 0) {
    for (;;) {
      int r = fill_ex(f, 1);
      if (r < 0) return YERROR;
      if (r == 0) break;
    }
    if (f->kind == FK_TEXT && decode_new(f, 1) < 0) return YERROR;
    put_text(&b, f->rbuf + f->rpos, f->vlen - f->rpos, TRANSLATES(f));
    f->rpos = f->vlen;
    return buf_result(f, &b);
  }
  int64_t got = 0;
  while (got < size) {
    /* Something to take; a \r first needs the byte after it. */
    if (f->rpos == f->vlen ||
        (TRANSLATES(f) && f->rbuf[f->rpos] == '\r' && f->rpos + 1 == f->vlen && !(f->flags & F_EOF))) {
      int r = fill(f);
      if (r < 0) {
        yrt_buf_free(&b);
        return YERROR;
      }
      if (r == 0 && f->rpos == f->vlen) break;
      continue;
    }
    const char *s = f->rbuf + f->rpos;
    int64_t n = f->vlen - f->rpos;
    if (TRANSLATES(f)) {
      if (s[0] == '\r') {
        yrt_buf_putc(&b, '\n');
        f->rpos += n > 1 && s[1] == '\n' ? 2 : 1;
        got++;
        continue;
      }
      const char *cr = memchr(s, '\r', (size_t)n);
      if (cr) n = cr - s;
    }
    int64_t k = chars_to_bytes(f, s, n, size - got);
    yrt_buf_putn(&b, s, (size_t)k);
    got += count_chars(f, s, k);
    f->rpos += k;
  }
  return buf_result(f, &b);
}

/* ---- open() ------------------------------------------------------------------- */

/* An optional int argument (None or unbound: dflt), with CPython's
 * "argument should be integer or None, not 'str'". */
static int size_arg(YValue v, int64_t *out) {
  *out = -1;
  if (YIS_UNBOUND(v) || YIS_NONE(v)) return 0;
  if (yrt_is_intlike(v)) {
    *out = v.u.i;
    return 0;
  }
  if (yrt_is_big(v)) {
    yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "argument should be integer or None, not '%s'", yrt_tname(v));
  return -1;
}

static int str_or_none(YValue v, const char *arg) {
  if (YIS_UNBOUND(v) || YIS_NONE(v) || yrt_is_str(v)) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "open() argument '%s' must be str or None, not %s", arg, yrt_tname(v));
  return -1;
}

static YFile *file_new(const YMethodType *type, FileKind kind, int fd, unsigned flags) {
  YFile *f = yrt_obj_new(&type->ex.type, sizeof *f);
  f->kind = kind;
  f->fd = fd;
  f->flags = flags;
  f->name = YNONE;
  f->encoding = YUNBOUND;
  f->errors = YUNBOUND;
  f->wcap = CHUNK;
  return f;
}

static const char *const open_params[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                          "opener"};

YValue yrt_bkw_open(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue a[8];
  if (yrt_args_kw("open", open_params, 8, 1, 8, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue file = a[0], vmode = a[1], encoding = a[3], errors = a[4], newline = a[5];
  const char *mode = "r";
  if (!YIS_UNBOUND(vmode)) {
    if (!yrt_is_str(vmode))
      return yrt_raise_msg(&yrt_exc_TypeError, "open() argument 'mode' must be str, not %s", yrt_tname(vmode));
    mode = YSTR(vmode)->data;
  }
  int64_t buffering = -1;
  if (!YIS_UNBOUND(a[2]) && yrt_int_arg(a[2], &buffering) < 0) return YERROR;
  if (str_or_none(encoding, "encoding") < 0 || str_or_none(errors, "errors") < 0 ||
      str_or_none(newline, "newline") < 0)
    return YERROR;
  int closefd = 1;
  if (!YIS_UNBOUND(a[6]) && (closefd = yrt_truth(a[6])) < 0) return YERROR;
  encoding = YIS_UNBOUND(encoding) ? YNONE : encoding;
  errors = YIS_UNBOUND(errors) ? YNONE : errors;
  newline = YIS_UNBOUND(newline) ? YNONE : newline;

  /* The mode, as _io_open_impl checks it. */
  int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
  if (yrt_is_str(vmode) && (int64_t)strlen(mode) != YSTR(vmode)->len) goto invalid_mode;
  for (const char *p = mode; *p; p++) {
    int *flag;
    switch (*p) {
    case 'x': flag = &creating; break;
    case 'r': flag = &reading; break;
    case 'w': flag = &writing; break;
    case 'a': flag = &appending; break;
    case '+': flag = &updating; break;
    case 't': flag = &text; break;
    case 'b': flag = &binary; break;
    default: flag = NULL; break;
    }
    if (!flag || *flag) goto invalid_mode;
    *flag = 1;
  }
  if (text && binary) return yrt_raise_msg(&yrt_exc_ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    return yrt_raise_msg(&yrt_exc_ValueError, "must have exactly one of create/read/write/append mode");
  if (binary && !YIS_NONE(encoding))
    return yrt_raise_msg(&yrt_exc_ValueError, "binary mode doesn't take an encoding argument");
  if (binary && !YIS_NONE(errors))
    return yrt_raise_msg(&yrt_exc_ValueError, "binary mode doesn't take an errors argument");
  if (binary && !YIS_NONE(newline))
    return yrt_raise_msg(&yrt_exc_ValueError, "binary mode doesn't take a newline argument");
  if (creating + reading + writing + appending == 0)
    return yrt_raise_msg(&yrt_exc_ValueError,
                         "Must have exactly one of create/read/write/append mode and at most one plus");

  /* The file: a path (str or bytes) or a file descriptor. */
  int fd;
  YValue name = file;
  if (yrt_is_str(file) || yrt_is_bytes(file)) {
    const char *path = yrt_is_str(file) ? YSTR(file)->data : YBYTES(file)->data;
    int64_t plen = yrt_is_str(file) ? YSTR(file)->len : YBYTES(file)->len;
    if ((int64_t)strlen(path) != plen) return yrt_raise_msg(&yrt_exc_ValueError, "embedded null byte");
    if (!closefd) return yrt_raise_msg(&yrt_exc_ValueError, "Cannot use closefd=False with file name");
    int flags = (updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
    if (!YIS_UNBOUND(a[7]) && !YIS_NONE(a[7])) {
      YValue args[2] = {file, yint(flags)};
      YValue r = yrt_call(a[7], 2, args);
      if (YIS_ERR(r)) return r;
      if (!yrt_is_intlike(r)) {
        yrt_decref(r);
        return yrt_raise_msg(&yrt_exc_TypeError, "expected integer from opener");
      }
      if (r.u.i < 0) return yrt_raise_msg(&yrt_exc_ValueError, "opener returned %lld", (long long)r.u.i);
      fd = (int)r.u.i;
    } else {
      do
        fd = open(path, flags, 0666);
      while (fd < 0 && errno == EINTR);
      if (fd < 0) return yrt_raise_oserror(errno, file);
    }
  } else if (yrt_is_intlike(file)) {
    if (file.u.i < 0) return yrt_raise_msg(&yrt_exc_ValueError, "negative file descriptor");
    fd = (int)file.u.i;
  } else if (yrt_is_big(file)) {
    return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
  } else {
    return yrt_raise_msg(&yrt_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", yrt_tname(file));
  }
  struct stat st;
  if (fstat(fd, &st) < 0) {
    int err = errno;
    if (closefd && !yrt_is_intlike(file)) close(fd);
    return yrt_raise_oserror(err, yrt_is_intlike(file) ? YUNBOUND : file);
  }
  if (S_ISDIR(st.st_mode)) {
    if (closefd) close(fd);
    return yrt_raise_oserror(EISDIR, file);
  }
  if (appending) lseek(fd, 0, SEEK_END);
  unsigned flags = (reading || updating ? F_READ : 0) | (writing || appending || creating || updating ? F_WRITE : 0) |
                   (closefd ? F_CLOSEFD : 0);
  int tty = isatty(fd);
  int64_t bufsize = buffering > 1 ? buffering : st.st_blksize > 1 ? (int64_t)st.st_blksize : CHUNK;

  YFile *f;
  if (binary) {
    const YMethodType *t = buffering == 0 ? &fileio_type
                           : updating     ? &random_type
                           : reading      ? &reader_type
                                          : &writer_type;
    f = file_new(t, buffering == 0 ? FK_RAW : FK_BUFFERED, fd, flags);
    snprintf(f->mode, sizeof f->mode, "%s%s", creating ? "xb" : reading ? "rb" : writing ? "wb" : "ab",
             updating ? "+" : "");
  } else {
    if (buffering == 0) {
      if (closefd) close(fd);
      return yrt_raise_msg(&yrt_exc_ValueError, "can't have unbuffered text I/O");
    }
    Newline nl = NL_UNIVERSAL;
    if (yrt_is_str(newline)) {
      const char *s = YSTR(newline)->data;
      nl = !strcmp(s, "") ? NL_KEEP : !strcmp(s, "\n") ? NL_LF : !strcmp(s, "\r") ? NL_CR : !strcmp(s, "\r\n") ? NL_CRLF : -1;
      if ((int)nl < 0 || (int64_t)strlen(s) != YSTR(newline)->len) {
        if (closefd) close(fd);
        return yrt_raise_msg(&yrt_exc_ValueError, "illegal newline value: %s", s);
      }
    }
    int codec = YCODEC_UTF8;
    if (yrt_is_str(encoding) && yrt_codec_lookup(encoding, "open()", &codec) < 0) {
      if (closefd) close(fd);
      return YERROR;
    }
    f = file_new(&text_type, FK_TEXT, fd, flags | (buffering == 1 || tty ? F_LINEBUF : 0));
    f->codec = codec;
    f->newline = nl;
    f->encoding = yrt_is_str(encoding) ? yrt_incref(encoding) : yrt_str_from_c("UTF-8");
    f->errors = yrt_is_str(errors) ? yrt_incref(errors) : yrt_str_from_c("strict");
    snprintf(f->mode, sizeof f->mode, "%s", mode);
  }
  f->wcap = bufsize;
  f->name = yrt_incref(name);
  return yobj(f);

invalid_mode:;
  YValue r = yrt_repr(vmode);
  if (YIS_ERR(r)) return r;
  YValue e = yrt_raise_msg(&yrt_exc_ValueError, "invalid mode: %s", YSTR(r)->data);
  yrt_decref(r);
  return e;
}

YValue yrt_b_open(int argc, const YValue *argv) { return yrt_bkw_open(argc, argv, 0, NULL); }

/* ---- the methods ---------------------------------------------------------- */

#define SELF YFile *f = (YFile *)self

static YValue m_read(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t n;
  if (yrt_args_range("read", argc, 0, 1) < 0 || check(f, F_READ, OP_READ) < 0) return YERROR;
  if (size_arg(argc ? argv[0] : YUNBOUND, &n) < 0) return YERROR;
  return take(f, n);
}

static YValue m_readline(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t n;
  if (yrt_args_range("readline", argc, 0, 1) < 0 || check(f, F_READ, OP_READLINE) < 0) return YERROR;
  if (size_arg(argc ? argv[0] : YUNBOUND, &n) < 0) return YERROR;
  return take_line(f, n);
}

static YValue m_readlines(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t hint;
  if (yrt_args_range("readlines", argc, 0, 1) < 0) return YERROR;
  if (check(f, F_READ, f->kind == FK_TEXT ? OP_READ : OP_OTHER) < 0) return YERROR;
  if (size_arg(argc ? argv[0] : YUNBOUND, &hint) < 0) return YERROR;
  YList *l = yrt_list_alloc(0);
  int64_t total = 0;
  for (;;) {
    YValue line = take_line(f, -1);
    if (YIS_ERR(line)) {
      yrt_decref(yobj(l));
      return line;
    }
    int64_t len = f->kind == FK_TEXT ? YSTR(line)->nchars : YBYTES(line)->len;
    if (len == 0) {
      yrt_decref(line);
      break;
    }
    yrt_list_push(l, line);
    total += len;
    if (hint > 0 && total >= hint) break;
  }
  return yobj(l);
}

/* Write one str (text) or bytes (binary) value; the count written, or -1. */
static int64_t write_one(YFile *f, YValue v) {
  if (f->kind == FK_TEXT) {
    if (!yrt_is_str(v)) {
      yrt_raise_msg(&yrt_exc_TypeError, "write() argument must be str, not %s", yrt_tname(v));
      return -1;
    }
    const YStr *s = YSTR(v);
    int line = (f->flags & F_LINEBUF) && (memchr(s->data, '\n', (size_t)s->len) || memchr(s->data, '\r', (size_t)s->len));
    YValue enc = YUNBOUND;
    const char *data = s->data;
    int64_t len = s->len;
    YBuf tr = {0};
    if ((f->newline == NL_CR || f->newline == NL_CRLF) && memchr(data, '\n', (size_t)len)) {
      for (int64_t i = 0; i < len; i++) {
        if (data[i] == '\n')
          yrt_buf_puts(&tr, f->newline == NL_CR ? "\r" : "\r\n");
        else
          yrt_buf_putc(&tr, data[i]);
      }
      data = tr.data;
      len = (int64_t)tr.len;
    }
    if (f->codec != YCODEC_UTF8) {
      YValue src = tr.data ? yrt_str_make(tr.data, (int64_t)tr.len, -1) : yrt_incref(v);
      enc = yrt_codec_encode(f->codec, src, f->errors);
      yrt_decref(src);
      if (YIS_ERR(enc)) {
        yrt_buf_free(&tr);
        return -1;
      }
      data = YBYTES(enc)->data;
      len = YBYTES(enc)->len;
    }
    int r = put_bytes(f, data, len, line);
    yrt_decref(enc);
    yrt_buf_free(&tr);
    return r < 0 ? -1 : s->nchars;
  }
  if (!yrt_is_bytes(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "a bytes-like object is required, not '%s'", yrt_tname(v));
    return -1;
  }
  return put_bytes(f, YBYTES(v)->data, YBYTES(v)->len, 0) < 0 ? -1 : YBYTES(v)->len;
}

static YValue m_write(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (argc != 1) {
    const char *t = self->type->name;
    return yrt_raise_msg(&yrt_exc_TypeError, "%s.write() takes exactly one argument (%d given)", t, argc);
  }
  if (check(f, F_WRITE, OP_WRITE) < 0) return YERROR;
  int64_t n = write_one(f, argv[0]);
  return n < 0 ? YERROR : yint(n);
}

static YValue m_writelines(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (argc != 1) {
    const char *t = self->type->name;
    return yrt_raise_msg(&yrt_exc_TypeError, "%s.writelines() takes exactly one argument (%d given)", t, argc);
  }
  if (check(f, F_WRITE, OP_OTHER) < 0) return YERROR;
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  for (;;) {
    YValue v;
    int r = yrt_next(it, &v);
    if (r <= 0) {
      if (r == 0) yrt_decref(v);
      yrt_decref(it);
      return r < 0 ? YERROR : YNONE;
    }
    int64_t n = write_one(f, v);
    yrt_decref(v);
    if (n < 0) {
      yrt_decref(it);
      return YERROR;
    }
  }
}

/* flush() of an open file. */
static int do_flush(YFile *f) {
  if (f->std) {
    errno = 0;
    fflush(f->std);
    return yrt_stdio_failed(f->std) ? -1 : 0;
  }
  return f->wlen ? flush_wbuf(f) : 0;
}

static YValue m_flush(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("flush", argc) < 0 || check_open(f, OP_FLUSH) < 0) return YERROR;
  return do_flush(f) < 0 ? YERROR : YNONE;
}

/* close(): flush, then close the fd even when flushing failed (whose
 * error is then raised).  Closing twice does nothing. */
static int do_close(YFile *f) {
  if (f->flags & F_CLOSED) return 0;
  int r = (f->flags & F_WRITE) ? do_flush(f) : 0;
  f->flags |= F_CLOSED;
  if (!f->std && (f->flags & F_CLOSEFD) && f->fd >= 0 && close(f->fd) < 0 && r == 0) {
    yrt_raise_oserror(errno, YUNBOUND);
    r = -1;
  }
  f->wlen = 0;
  free(f->rbuf);
  f->rbuf = NULL;
  f->rpos = f->vlen = f->rlen = f->rcap = 0;
  return r;
}

static YValue m_close(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("close", argc) < 0) return YERROR;
  return do_close((YFile *)self) < 0 ? YERROR : YNONE;
}

static YValue m_enter(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("__enter__", argc) < 0 || check_open(f, OP_OTHER) < 0) return YERROR;
  return yrt_incref(yobj(self));
}

static YValue m_exit(YObj *self, int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  return do_close((YFile *)self) < 0 ? YERROR : YNONE;
}

/* The position: the fd's, less what was read ahead, plus what waits to be
 * written. */
static int64_t position(YFile *f) {
  off_t pos = lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) {
    yrt_raise_oserror(errno, YUNBOUND);
    return -1;
  }
  return (int64_t)pos - (f->rlen - f->rpos) + f->wlen;
}

static YValue m_tell(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("tell", argc) < 0 || check_open(f, f->kind == FK_TEXT ? OP_OTHER : OP_QUERY) < 0) return YERROR;
  if (f->std) fflush(f->std);
  int64_t p = position(f);
  return p < 0 ? YERROR : yint(p);
}

static YValue m_seek(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_range("seek", argc, 1, 2) < 0) return YERROR;
  int64_t off, whence = 0;
  if (f->kind == FK_TEXT && !yrt_is_int(argv[0]) && !YIS_UNBOUND(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "'<' not supported between instances of '%s' and 'int'",
                         yrt_tname(argv[0]));
  if (yrt_int_arg(argv[0], &off) < 0 || (argc > 1 && yrt_int_arg(argv[1], &whence) < 0)) return YERROR;
  if (check_open(f, f->kind == FK_TEXT ? OP_OTHER : OP_SEEK) < 0) return YERROR;
  if (f->kind == FK_TEXT) {
    if (whence == 1 && off != 0) return unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) return unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0) return yrt_raise_msg(&yrt_exc_ValueError, "negative seek position %lld", (long long)off);
    if (whence < 0 || whence > 2)
      return yrt_raise_msg(&yrt_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 1) { /* seek(0, 1) is tell() */
      int64_t p = position(f);
      if (p < 0) return YERROR;
      off = p;
      whence = 0;
    }
  } else if (whence < 0 || whence > 2) {
    return yrt_raise_msg(&yrt_exc_ValueError, "whence value %lld unsupported", (long long)whence);
  }
  if (do_flush(f) < 0) return YERROR;
  if (whence == 1) off -= f->rlen - f->rpos;
  f->rpos = f->vlen = f->rlen = f->ascii_from = 0;
  f->flags &= ~(F_EOF | F_INEXACT);
  off_t r = lseek(f->fd, (off_t)off, (int)whence);
  if (r < 0) return yrt_raise_oserror(errno, YUNBOUND);
  return yint((int64_t)r);
}

static YValue query(YObj *self, int argc, const char *name) {
  SELF;
  if (yrt_args_none(name, argc) < 0 || check_open(f, OP_QUERY) < 0) return YERROR;
  return YNONE;
}

static YValue m_readable(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  YValue r = query(self, argc, "readable");
  return YIS_ERR(r) ? r : ybool(((YFile *)self)->flags & F_READ);
}
static YValue m_writable(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  YValue r = query(self, argc, "writable");
  return YIS_ERR(r) ? r : ybool(((YFile *)self)->flags & F_WRITE);
}
static YValue m_seekable(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  YValue r = query(self, argc, "seekable");
  return YIS_ERR(r) ? r : ybool(lseek(((YFile *)self)->fd, 0, SEEK_CUR) >= 0);
}
static YValue m_fileno(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  YValue r = query(self, argc, "fileno");
  return YIS_ERR(r) ? r : yint(((YFile *)self)->fd);
}
static YValue m_isatty(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  YValue r = query(self, argc, "isatty");
  return YIS_ERR(r) ? r : ybool(isatty(((YFile *)self)->fd));
}

static const YMethodDef file_methods[] = {
    {YN_read, m_read},
    {YN_readline, m_readline},
    {YN_readlines, m_readlines},
    {YN_write, m_write},
    {YN_writelines, m_writelines},
    {YN_flush, m_flush},
    {YN_close, m_close},
    {YN_seek, m_seek},
    {YN_tell, m_tell},
    {YN_readable, m_readable},
    {YN_writable, m_writable},
    {YN_seekable, m_seekable},
    {YN_fileno, m_fileno},
    {YN_isatty, m_isatty},
    {YN___enter__, m_enter},
    {YN___exit__, m_exit},
    {0, NULL},
};

/* ---- the type slots --------------------------------------------------------- */

/* Iteration: readline until it gives an empty line. */
static YValue file_iter(YObj *o) {
  if (check_open((YFile *)o, OP_OTHER) < 0) return YERROR;
  return yrt_incref(yobj(o));
}

static int file_next(YObj *o, YValue *out) {
  YFile *f = (YFile *)o;
  if (check(f, F_READ, OP_READLINE) < 0) return -1;
  YValue line = take_line(f, -1);
  if (YIS_ERR(line)) return -1;
  if ((f->kind == FK_TEXT ? YSTR(line)->len : YBYTES(line)->len) == 0) {
    yrt_decref(line);
    *out = YNONE;
    return 0;
  }
  *out = line;
  return 1;
}

static YValue file_getattr(YObj *o, YName n) {
  YFile *f = (YFile *)o;
  switch (n) {
  case YN_closed: return ybool(f->flags & F_CLOSED);
  case YN_name: return yrt_incref(f->name);
  case YN_mode: return yrt_str_from_c(f->mode);
  case YN_encoding:
    if (f->kind == FK_TEXT) return yrt_incref(f->encoding);
    break;
  case YN_errors:
    if (f->kind == FK_TEXT) return yrt_incref(f->errors);
    break;
  case YN_line_buffering:
    if (f->kind == FK_TEXT) return ybool(f->flags & F_LINEBUF);
    break;
  default: break;
  }
  return yrt_no_attr(yobj(o), yrt_name_str[n]);
}

static YValue file_repr(YObj *o) {
  YFile *f = (YFile *)o;
  YBuf b = {0};
  if (f->kind == FK_RAW && (f->flags & F_CLOSED)) return yrt_str_from_c("<_io.FileIO [closed]>");
  yrt_buf_printf(&b, "<_io.%s name=", o->type->name);
  if (yrt_buf_repr(&b, f->name) < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  if (f->kind == FK_TEXT) {
    yrt_buf_printf(&b, " mode='%s' encoding=", f->mode);
    yrt_buf_repr(&b, f->encoding);
  } else if (f->kind == FK_RAW) {
    yrt_buf_printf(&b, " mode='%s' closefd=%s", f->mode, (f->flags & F_CLOSEFD) ? "True" : "False");
  }
  yrt_buf_putc(&b, '>');
  return yrt_buf_finish(&b);
}

/* A file that is still open when its last reference goes is closed; an
 * error on that flush is reported as CPython's finaliser reports it. */
static void file_dealloc(YObj *o) {
  YFile *f = (YFile *)o;
  if (!(f->flags & F_CLOSED) && !f->std) {
    YValue saved = yrt_fetch_exc();
    if (do_close(f) < 0) {
      /* "Exception ignored in: <_io.TextIOWrapper ...>" */
      o->refcnt = YRT_IMMORTAL; /* the repr must not free it again */
      yrt_write_unraisable(yobj(o));
    }
    yrt_restore_exc(saved);
  } else if (f->std && !(f->flags & F_CLOSED)) {
    fflush(f->std);
  }
  free(f->rbuf);
  if (f->wbuf) free(f->wbuf);
  yrt_decref(f->name);
  yrt_decref(f->encoding);
  yrt_decref(f->errors);
  free(f);
}

#define FILE_TYPE(var, pyname)                                                                                   \
  static const YMethodType var = {                                                                               \
      {{.ob = {YRT_IMMORTAL, &yrt_type_type}, .name = (pyname), .base = &yrt_type_object, .kind = YK_OTHER,     \
        .flags = YTF_METHODS | YTF_CNAME, .module = "_io"},                                                                  \
       file_dealloc, file_next, file_iter, NULL, NULL, file_repr, file_getattr},                                 \
      file_methods, NULL}
FILE_TYPE(text_type, "TextIOWrapper");
FILE_TYPE(reader_type, "BufferedReader");
FILE_TYPE(writer_type, "BufferedWriter");
FILE_TYPE(random_type, "BufferedRandom");
FILE_TYPE(fileio_type, "FileIO");

/* ---- the standard streams ---------------------------------------------------- */

YValue yrt_file_std(int fd) {
  static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  YFile *f = file_new(&text_type, FK_TEXT, fd, fd == 0 ? F_READ : F_WRITE);
  f->std = fd == 1 ? stdout : fd == 2 ? stderr : NULL;
  f->name = yrt_str_from_c(names[fd]);
  snprintf(f->mode, sizeof f->mode, "%s", fd == 0 ? "r" : "w");
  f->codec = YCODEC_UTF8;
  f->newline = NL_UNIVERSAL;
  f->encoding = yrt_str_from_c("utf-8");
  f->errors = yrt_str_from_c(fd == 2 ? "backslashreplace" : "strict");
  if (fd != 0 && isatty(fd)) f->flags |= F_LINEBUF;
  if (fd == 2) f->flags |= F_LINEBUF; /* CPython's stderr is always line-buffered */
  return yobj(f);
}

int yrt_file_is_std(YValue v, FILE *stream) { return is_file(v) && ((YFile *)v.u.o)->std == stream; }

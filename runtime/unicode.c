/*
 * unicode.c: UTF-8 and the little Unicode database the runtime needs.
 *
 * Design
 * ------
 * A str holds UTF-8 (str.c), so the runtime works on code points decoded
 * from bytes on the fly: yrt_utf8_decode (inline in rt.h, it is on every
 * per-character loop) and the encoder, counter and backward step here.
 *
 * The database answers what str's methods and int()/float() ask: white
 * space and line breaks (exactly CPython's sets), decimal digits (ASCII and
 * the common scripts' Nd runs), digits, letters and simple case mapping.
 * Beyond ASCII and Latin-1 it is an approximation covering the common
 * alphabets, not the whole Unicode database: str.upper/lower/isalpha/isdigit
 * may differ from CPython on rare scripts, a documented divergence.
 */
#include "rt.h"

/* Encode cp into out (4 bytes of room); returns the length. */
int yrt_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

int64_t yrt_utf8_count(const char *s, int64_t len) {
  int64_t n = 0;
  for (int64_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* The start of the code point before byte offset i (i > 0). */
int64_t yrt_utf8_prev(const char *s, int64_t i) {
  do i--;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
  return i;
}

/* str.isspace() and str.split()'s whitespace (Py_UNICODE_ISSPACE). */
int yrt_uni_isspace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Line boundaries for str.splitlines(). */
int yrt_uni_islinebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* The first code point of the decimal digit runs (category Nd) the runtime
 * knows: ASCII and the common scripts.  int() and str.isdigit() use them. */
static const uint32_t digit_zeros[] = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,  0xB66,
    0xBE6,   0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,  0x1040,
    0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50, 0x1BB0,
    0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50, 0xABF0,
    0xFF10,  0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};

/* The decimal value of c, or -1. */
int yrt_uni_decimal(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
  for (size_t i = 0; i < sizeof digit_zeros / sizeof digit_zeros[0]; i++)
    if (c >= digit_zeros[i] && c < digit_zeros[i] + 10) return (int)(c - digit_zeros[i]);
  return -1;
}

int yrt_uni_isdigit(uint32_t c) {
  if (yrt_uni_decimal(c) >= 0) return 1;
  /* Superscripts and circled digits have the Digit property too. */
  return c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
         (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) ||
         (c >= 0x2474 && c <= 0x247C) || (c >= 0x2488 && c <= 0x2490) || c == 0x24EA ||
         (c >= 0x2776 && c <= 0x277E) || (c >= 0x2780 && c <= 0x2788) ||
         (c >= 0x278A && c <= 0x2792);
}

/* Letters: ASCII and Latin-1 exactly; beyond that the letter blocks of the
 * common alphabets and CJK (an approximation of categories L*). */
int yrt_uni_isalpha(uint32_t c) {
  if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
  if (c < 0x100) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
  if (c <= 0x2C1) return 1;                                 /* Latin extended, IPA */
  if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 &&
                                       c != 0x387 && c != 0x3F6;  /* Greek */
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489); /* Cyrillic */
  if (c >= 0x531 && c <= 0x587) return c != 0x557 && c != 0x558 && !(c >= 0x55A && c <= 0x560);
  if (c >= 0x5D0 && c <= 0x5EA) return 1;                   /* Hebrew */
  if (c >= 0x620 && c <= 0x64A) return 1;                   /* Arabic */
  if (c >= 0x904 && c <= 0x939) return 1;                   /* Devanagari */
  if (c >= 0xE01 && c <= 0xE30) return 1;                   /* Thai */
  if (c >= 0x10A0 && c <= 0x10FF) return 1;                 /* Georgian */
  if (c >= 0x1E00 && c <= 0x1FFF) return 1;                 /* Latin/Greek extended */
  if (c >= 0x3041 && c <= 0x3096) return 1;                 /* Hiragana */
  if (c >= 0x30A1 && c <= 0x30FA) return 1;                 /* Katakana */
  if (c >= 0x3400 && c <= 0x4DBF) return 1;                 /* CJK */
  if (c >= 0x4E00 && c <= 0x9FFF) return 1;
  if (c >= 0xAC00 && c <= 0xD7A3) return 1;                 /* Hangul */
  if (c >= 0xFF21 && c <= 0xFF3A) return 1;                 /* fullwidth */
  if (c >= 0xFF41 && c <= 0xFF5A) return 1;
  if (c >= 0x20000 && c <= 0x2FA1F) return 1;
  return 0;
}

/* Simple case mapping: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic,
 * Armenian and fullwidth Latin.  0 means "no mapping". */
uint32_t yrt_uni_toupper(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : 0;
  if (c == 0xB5) return 0x39C;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? 0 : c - 1;
    if (c == 0x138 || c == 0x149) return 0;
    return (c & 1) ? c - 1 : 0;
  }
  if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? 0 : c - 1;
    if (c == 0x4CF) return 0x4C0;
    return (c & 1) ? c - 1 : 0;
  }
  if (c >= 0x561 && c <= 0x586) return c - 48;
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
  return 0;
}

uint32_t yrt_uni_tolower(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : 0;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : 0;
    if (c == 0x138 || c == 0x149 || c == 0x131 || c == 0x17F) return 0;
    return (c & 1) ? 0 : c + 1;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : 0;
    if (c == 0x4C0) return 0x4CF;
    return (c & 1) ? 0 : c + 1;
  }
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
  return 0;
}

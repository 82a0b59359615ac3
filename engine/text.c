/*
** text.c: text index, phrase search, sentences, UTF-8 checks.
*/
#include "text.h"

#include <stdint.h>
#include <string.h>

#include "alloc.h"

int pm_text_is_word(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

static int is_space(unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
** Width in bytes of a folded sequence at 's' (0 if none), and what it
** folds to: NBSP (C2 A0) to a space, typographic single quotes to ',
** typographic double quotes to ".
*/
static size_t folded(const unsigned char *s, size_t left, char *to)
{
  if(left >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
    *to = ' ';
    return 2;
  }
  if(left >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
    if(s[2] == 0x98 || s[2] == 0x99) {
      *to = '\'';
      return 3;
    }
    if(s[2] == 0x9C || s[2] == 0x9D) {
      *to = '"';
      return 3;
    }
  }
  return 0;
}

/*
** Each byte as the normalised copy has it (ASCII lower-cased), or 0 for the
** bytes that need a closer look: white space, C2 and E2 (which may start a
** folded sequence) and NUL. One lookup a byte in the common case.
*/
static const unsigned char norm_plain[256] = {
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0E, 0x0F,
  0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
  0x00, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
  0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
  0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
  0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
  0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
  0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
  0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
  0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
  0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
  0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
  0xC0, 0xC1, 0x00, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF,
  0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF,
  0xE0, 0xE1, 0x00, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
  0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF,
};

static unsigned char ascii_lower(unsigned char c) { return (unsigned char)((unsigned)(c - 'A') < 26u ? c + ('a' - 'A') : c); }

/*
** Where each output byte of the normalisation came from. Dense: map[o] for
** every byte (pm_text_normalize's callers). Sparse (the text index): only
** the output offsets where the source stops running alongside the output;
** in plain text, with single spaces, that is the first byte alone, and the
** index need not write 8 bytes of map for every byte of text.
*/
typedef struct origin {
  size_t *map;            /* dense, or NULL */
  pm_text *t;             /* sparse, or NULL */
  int failed;             /* out of memory for the sparse map */
} origin;

static void note(origin *og, size_t o, size_t src)
{
  pm_text *t = og->t;
  if(og->map)
    og->map[o] = src;
  else if(t) {
    const pm_textbreak *last = t->nbreaks ? &t->breaks[t->nbreaks - 1] : NULL;
    if(last && last->src + (o - last->norm) == src)
      return;
    if(t->nbreaks == t->capbreaks) {
      size_t cap = t->capbreaks ? t->capbreaks * 2 : 8;
      pm_textbreak *v = pm_realloc(t->breaks, cap * sizeof *v);
      if(!v) {
        og->failed = 1;
        return;
      }
      t->breaks = v;
      t->capbreaks = cap;
    }
    t->breaks[t->nbreaks].norm = o;
    t->breaks[t->nbreaks].src = src;
    t->nbreaks++;
  }
}

static size_t normalize(const char *s, size_t len, char *out, origin *og, int trim)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, o = 0;
  int pending_space = 0;
  while(i < len) {
    char f;
    if(!pending_space && norm_plain[u[i]]) {
      /*
      ** The common case: runs of bytes copied lower-cased through one table
      ** (0 there: white space, C2, E2, NUL), joined by single spaces. With
      ** a sparse map, the whole stretch follows from its first byte.
      */
      unsigned char v;
      if(!og->map)
        note(og, o, i);
      for(;;) {
        if(og->map)
          while(i < len && (v = norm_plain[u[i]]) != 0) {
            og->map[o] = i++;
            out[o++] = (char)v;
          }
        else
          while(i < len && (v = norm_plain[u[i]]) != 0) {
            out[o++] = (char)v;
            i++;
          }
        if(i + 1 >= len || u[i] != ' ' || !norm_plain[u[i + 1]])
          break;
        if(og->map)
          og->map[o] = i;
        out[o++] = ' ';
        i++;
      }
      continue;
    }
    /* only C2 (no-break space) and E2 (typographic quotes) can start a folded sequence */
    size_t w = (u[i] == 0xC2 || u[i] == 0xE2) ? folded(u + i, len - i, &f) : 0;
    unsigned char c = w ? (unsigned char)f : u[i];
    size_t at = i;
    i += w ? w : 1;
    if(is_space(c)) {
      pending_space = 1;
      continue;
    }
    if(pending_space && (o > 0 || !trim)) {
      note(og, o, at - 1);
      out[o++] = ' ';
    }
    pending_space = 0;
    note(og, o, at);
    out[o++] = (char)ascii_lower(c);
  }
  if(pending_space && !trim) {
    note(og, o, len - 1);
    out[o++] = ' ';
  }
  out[o] = '\0';
  return o;
}

size_t pm_text_normalize(const char *s, size_t len, char *out, size_t *map, int trim)
{
  origin og = { map, NULL, 0 };
  return normalize(s, len, out, &og, trim);
}

pm_status pm_text_init(pm_text *t, const char *src, size_t len)
{
  origin og = { NULL, t, 0 };
  memset(t, 0, sizeof *t);
  t->src = src;
  t->len = len;
  t->norm = pm_malloc(len + 1);
  if(t->norm)
    t->nlen = normalize(src, len, t->norm, &og, 0);
  if(!t->norm || og.failed) {
    pm_text_free(t);
    return PM_ERR_NOMEM;
  }
  return PM_OK;
}

/* The source offset of normalised offset 'n' (the text's length for n == nlen). */
static size_t src_of(const pm_text *t, size_t n)
{
  size_t lo = 0, hi = t->nbreaks;
  if(n >= t->nlen || !t->nbreaks)
    return t->len;
  while(hi - lo > 1) {  /* the last break at or before n; the first is at 0 */
    size_t mid = lo + (hi - lo) / 2;
    if(t->breaks[mid].norm <= n)
      lo = mid;
    else
      hi = mid;
  }
  return t->breaks[lo].src + (n - t->breaks[lo].norm);
}

/* The word starts, built on first use (only nearness needs them). */
static int words_ready(pm_text *t)
{
  size_t i, n;
  if(t->words)
    return 1;
  for(n = 0, i = 0; i < t->nlen; i++)
    n += pm_text_is_word((unsigned char)t->norm[i]) && (i == 0 || !pm_text_is_word((unsigned char)t->norm[i - 1]));
  t->words = pm_malloc((n ? n : 1) * sizeof *t->words);
  if(!t->words)
    return 0;
  for(t->nwords = 0, i = 0; i < t->nlen; i++)
    if(pm_text_is_word((unsigned char)t->norm[i]) && (i == 0 || !pm_text_is_word((unsigned char)t->norm[i - 1])))
      t->words[t->nwords++] = i;
  return 1;
}

void pm_text_free(pm_text *t)
{
  pm_free(t->norm);
  pm_free(t->breaks);
  pm_free(t->words);
  pm_free(t->pairs);
  memset(t, 0, sizeof *t);
}

pm_span pm_text_span(const pm_text *t, size_t ns, size_t ne)
{
  pm_span s;
  s.start = src_of(t, ns);
  if(ne > ns) {
    /* the last normalised byte's source sequence may be several bytes long */
    size_t last = src_of(t, ne - 1);
    const unsigned char *u = (const unsigned char *)t->src;
    last++;
    while(last < t->len && (u[last] & 0xC0) == 0x80)
      last++;
    s.end = last;
  } else {
    s.end = s.start;
  }
  return s;
}

int pm_text_bounded(const pm_text *t, size_t ns, size_t ne)
{
  const unsigned char *n = (const unsigned char *)t->norm;
  if(ne <= ns)
    return 0;
  if(pm_text_is_word(n[ns]) && ns > 0 && pm_text_is_word(n[ns - 1]))
    return 0;
  if(pm_text_is_word(n[ne - 1]) && ne < t->nlen && pm_text_is_word(n[ne]))
    return 0;
  return 1;
}

/*
** Code points in s[from, to): the bytes that are not UTF-8 continuation
** bytes (10xxxxxx), counted eight at a time, since every hit's column
** counts from its line's start.
*/
static int codepoints(const char *s, size_t from, size_t to)
{
  const uint64_t high = 0x8080808080808080u;
  size_t i = from, cont = 0;
  for(; i + 8 <= to; i += 8) {
    uint64_t x, m;
    memcpy(&x, s + i, 8);
    m = x & ~(x << 1) & high;                              /* bit 7 set, bit 6 clear */
    cont += (size_t)(((m >> 7) * 0x0101010101010101u) >> 56);  /* how many such bytes */
  }
  for(; i < to; i++)
    cont += ((unsigned char)s[i] & 0xC0) == 0x80;
  return (int)(to - from - cont);
}

pm_status pm_lines_init(pm_lines *l, const char *src, size_t len)
{
  const char *p, *end = src + len;
  size_t n;
  l->src = src;
  l->len = len;
  for(n = 1, p = src; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
    n++;
  l->starts = pm_malloc(n * sizeof *l->starts);
  if(!l->starts)
    return PM_ERR_NOMEM;
  l->starts[0] = 0;
  for(l->n = 1, p = src; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
    l->starts[l->n++] = (size_t)(p - src) + 1;
  return PM_OK;
}

void pm_lines_free(pm_lines *l)
{
  pm_free(l->starts);
  l->starts = NULL;
  l->n = 0;
}

void pm_lines_linecol(const pm_lines *l, size_t off, int *line, int *col)
{
  size_t lo = 0, hi = l->n;
  if(off > l->len)
    off = l->len;
  while(hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if(l->starts[mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  *line = (int)lo + 1;
  *col = codepoints(l->src, l->starts[lo], off) + 1;
}

void pm_text_linecol(const pm_text *t, size_t off, int *line, int *col)
{
  pm_linecol(t->src, t->len, off, line, col);
}

size_t pm_text_word_index(pm_text *t, size_t noff)
{
  size_t lo = 0, hi;
  if(!words_ready(t))
    return (size_t)-1;
  hi = t->nwords;
  if(!t->nwords || noff < t->words[0])
    return 0;
  while(hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if(t->words[mid] <= noff)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

#define PAIR_BITS 4096
#define PAIR(a, b) (((unsigned)(unsigned char)(a) * 67u + (unsigned char)(b)) & (PAIR_BITS - 1))

/*
** Most phrases a rule looks for are not in the plan: every pair of
** adjacent bytes of an occurrence occurs in the norm, so one missing pair
** rules the phrase out without scanning. The filter is 512 bytes, made by
** the first find (none when out of memory: then every find scans).
*/
static const uint64_t *pairs_ready(pm_text *t)
{
  size_t i;
  if(t->pairs || t->nlen < 2)
    return t->pairs;
  if(!(t->pairs = pm_calloc(PAIR_BITS / 64, sizeof *t->pairs)))
    return NULL;
  for(i = 0; i + 1 < t->nlen; i++) {
    unsigned h = PAIR(t->norm[i], t->norm[i + 1]);
    t->pairs[h >> 6] |= (uint64_t)1 << (h & 63);
  }
  return t->pairs;
}

void pm_text_find(const pm_text *t, const char *np, size_t nplen,
                  int (*fn)(void *ud, size_t ns, size_t ne), void *ud)
{
  const char *p = t->norm, *end = t->norm + t->nlen;
  const uint64_t *pairs;
  size_t k;
  if(!nplen || nplen > t->nlen)
    return;
  if((pairs = pairs_ready((pm_text *)t)) != NULL)   /* a cache: see text.h */
    for(k = 0; k + 1 < nplen; k++) {
      unsigned h = PAIR(np[k], np[k + 1]);
      if(!(pairs[h >> 6] >> (h & 63) & 1))
        return;
    }
  while(p + nplen <= end) {
    const char *hit = memchr(p, np[0], (size_t)(end - p) - nplen + 1);
    size_t ns;
    if(!hit)
      return;
    ns = (size_t)(hit - t->norm);
    if(memcmp(hit, np, nplen) == 0 && pm_text_bounded(t, ns, ns + nplen))
      if(!fn(ud, ns, ns + nplen))
        return;
    p = hit + 1;
  }
}

/* ---- sentences ---- */

static int line_is_block(const char *s, size_t i, size_t len)
{
  /* i is the first byte of a line: a heading, list item, quote or table row */
  while(i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if(i >= len)
    return 0;
  if(s[i] == '#' || s[i] == '>' || s[i] == '|')
    return 1;
  if((s[i] == '-' || s[i] == '*' || s[i] == '+') && i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t'))
    return 1;
  if(s[i] >= '0' && s[i] <= '9') {
    while(i < len && s[i] >= '0' && s[i] <= '9')
      i++;
    return i + 1 < len && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
  }
  return 0;
}

static int emit_trimmed(const char *s, size_t a, size_t b, int (*fn)(void *, pm_span), void *ud)
{
  pm_span sp;
  while(a < b && is_space((unsigned char)s[a]))
    a++;
  while(b > a && is_space((unsigned char)s[b - 1]))
    b--;
  if(a == b)
    return 1;
  sp.start = a;
  sp.end = b;
  return fn(ud, sp);
}

void pm_text_sentences(const pm_text *t, int (*fn)(void *ud, pm_span s), void *ud)
{
  const char *s = t->src;
  size_t len = t->len, start = 0, i;
  int line_block = line_is_block(s, 0, len);
  for(i = 0; i < len; i++) {
    char c = s[i];
    if((c == '.' || c == '!' || c == '?') && (i + 1 == len || is_space((unsigned char)s[i + 1]))) {
      if(!emit_trimmed(s, start, i + 1, fn, ud))
        return;
      start = i + 1;
    } else if(c == '\n') {
      size_t j = i + 1;
      int blank;
      while(j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
        j++;
      blank = j >= len || s[j] == '\n';
      if(line_block || blank || line_is_block(s, i + 1, len)) {
        if(!emit_trimmed(s, start, i, fn, ud))
          return;
        start = i + 1;
      }
      line_block = line_is_block(s, i + 1, len);
    }
  }
  emit_trimmed(s, start, len, fn, ud);
}

/* ---- UTF-8 ---- */

int pm_utf8_check(const char *s, size_t len, size_t *bad, const char **why)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while(i < len) {
    unsigned char c;
    size_t n, k;
    unsigned long cp;
    /* eight ASCII bytes at a time while none is NUL or has its high bit set: nearly every plan is mostly ASCII */
    for(; i + 8 <= len; i += 8) {
      uint64_t x;
      memcpy(&x, u + i, 8);
      if((x | ((x - 0x0101010101010101u) & ~x)) & 0x8080808080808080u)
        break;
    }
    if(i >= len)
      break;
    c = u[i];
    if(c == 0) {
      *bad = i;
      *why = "NUL byte";
      return 0;
    }
    if(c < 0x80) {
      i++;
      continue;
    }
    if(c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if(c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
    } else if(c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
    } else {
      *bad = i;
      *why = "invalid UTF-8 start byte";
      return 0;
    }
    if(i + n >= len) {
      *bad = i;
      *why = "truncated UTF-8 sequence";
      return 0;
    }
    for(k = 1; k <= n; k++) {
      if((u[i + k] & 0xC0) != 0x80) {
        *bad = i;
        *why = "truncated UTF-8 sequence";
        return 0;
      }
      cp = (cp << 6) | (u[i + k] & 0x3F);
    }
    if((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)) {
      *bad = i;
      *why = "overlong UTF-8 sequence";
      return 0;
    }
    if((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      *bad = i;
      *why = "UTF-8 encodes an invalid code point";
      return 0;
    }
    i += n + 1;
  }
  return 1;
}

void pm_linecol(const char *s, size_t len, size_t off, int *line, int *col)
{
  size_t i, ls = 0;
  int l = 1;
  if(off > len)
    off = len;
  for(i = 0; i < off; i++)
    if(s[i] == '\n') {
      l++;
      ls = i + 1;
    }
  *line = l;
  *col = codepoints(s, ls, off) + 1;
}

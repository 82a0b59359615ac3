/*
** json.c: parsing with positions and duplicate-key checks.
*/
#include "json.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "diag.h"
#include "text.h"

const char *pm_json_type(const cJSON *node)
{
  if(!node)
    return "nothing";
  if(cJSON_IsString(node))
    return "string";
  if(cJSON_IsNumber(node))
    return "number";
  if(cJSON_IsObject(node))
    return "object";
  if(cJSON_IsArray(node))
    return "array";
  if(cJSON_IsBool(node))
    return "boolean";
  if(cJSON_IsNull(node))
    return "null";
  return "value";
}

static int add_loc(pm_json *j, const cJSON *node, size_t key_off, size_t val_off)
{
  if(j->nlocs == j->caplocs) {
    size_t cap = j->caplocs ? j->caplocs * 2 : 64;
    pm_jloc *v = pm_realloc(j->locs, cap * sizeof *v);
    if(!v)
      return 0;
    j->locs = v;
    j->caplocs = cap;
  }
  j->locs[j->nlocs].node = node;
  j->locs[j->nlocs].key_off = key_off;
  j->locs[j->nlocs].val_off = val_off;
  j->nlocs++;
  return 1;
}

static void skip_ws(const char *s, size_t len, size_t *i)
{
  while(*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r'))
    (*i)++;
}

typedef struct keyref {
  const char *name;
  size_t order;
  const cJSON *node;
} keyref;

static int cmp_key(const void *a, const void *b)
{
  const keyref *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  if(c)
    return c;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Reports the first (by position) duplicate key among an object's members. */
static pm_status check_dups(pm_json *j, const cJSON *obj, pm_diag *err)
{
  size_t n = 0, i, best = (size_t)-1;
  const cJSON *c, *dup = NULL;
  keyref *v;
  for(c = obj->child; c; c = c->next)
    n++;
  if(n < 2)
    return PM_OK;
  v = pm_malloc(n * sizeof *v);
  if(!v)
    return pm_diag_nomem(err);
  for(i = 0, c = obj->child; c; c = c->next, i++) {
    v[i].name = c->string ? c->string : "";
    v[i].order = i;
    v[i].node = c;
  }
  qsort(v, n, sizeof *v, cmp_key);
  for(i = 1; i < n; i++)
    if(strcmp(v[i].name, v[i - 1].name) == 0 && v[i].order < best) {
      best = v[i].order;
      dup = v[i].node;
    }
  pm_free(v);
  if(dup)
    return pm_json_error(j, err, PM_ERR_INPUT, dup, 1, "duplicate key \"%s\"", dup->string);
  return PM_OK;
}

/*
** Gives the positions the syntax check recorded, in document order, to the
** tree's nodes in the same order, and checks each object's keys.
*/
static pm_status assign(pm_json *j, const cJSON *node, size_t *k, pm_diag *err)
{
  const cJSON *c;
  pm_status st;
  for(c = node->child; c && *k < j->nlocs; c = c->next) {
    j->locs[(*k)++].node = c;
    if(c->child && (st = assign(j, c, k, err)) != PM_OK)
      return st;
  }
  return cJSON_IsObject(node) ? check_dups(j, node, err) : PM_OK;
}

/* ---- syntax errors ---- */

/*
** cJSON accepts more than RFC 8259 and says only where it stopped. This
** checker walks the text by the JSON grammar first, to find the first error
** and say what was expected there; on the way it records where each value
** (and its key) starts, in document order, for positions in diagnostics.
*/
typedef struct syn {
  const char *s;
  size_t len, i;
  const char *msg;
  char buf[96];
  pm_json *rec;           /* where positions go; NULL: only find the error */
  int nomem;
} syn;

/* Bytes that end a run of plain string content: '"', '\\' and control characters. */
static const unsigned char str_stop[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

#define SYN_MAX_DEPTH 1000  /* cJSON's CJSON_NESTING_LIMIT */

static int syn_fail(syn *y, const char *msg)
{
  y->msg = msg;
  return 0;
}

static int syn_unexpected(syn *y, const char *expected)
{
  if(y->i >= y->len)
    return syn_fail(y, "unexpected end of input");
  if((unsigned char)y->s[y->i] >= 0x20 && (unsigned char)y->s[y->i] < 0x7f)
    snprintf(y->buf, sizeof y->buf, "expected %s, found '%c'", expected, y->s[y->i]);
  else
    snprintf(y->buf, sizeof y->buf, "expected %s, found byte 0x%02X", expected, (unsigned char)y->s[y->i]);
  return syn_fail(y, y->buf);
}

static void syn_ws(syn *y) { skip_ws(y->s, y->len, &y->i); }

/*
** The first offset from i on holding '"', '\\' or a control character:
** eight bytes at a time (the announcement is most of a plan's bytes), then
** byte by byte through the table.
*/
static size_t plain_run_end(const char *s, size_t len, size_t i)
{
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  for(; i + 8 <= len; i += 8) {
    uint64_t x, q, b;
    memcpy(&x, s + i, 8);
    q = x ^ (ones * '"');
    b = x ^ (ones * '\\');
    /* a zero byte in q or b, or a byte of x under 0x20 */
    if((((q - ones) & ~q) | ((b - ones) & ~b) | ((x - ones * 0x20) & ~x)) & high)
      break;
  }
  while(i < len && !str_stop[(unsigned char)s[i]])
    i++;
  return i;
}

static int syn_string(syn *y)
{
  y->i++;
  while(y->i < y->len) {
    unsigned char c;
    y->i = plain_run_end(y->s, y->len, y->i);
    if(y->i >= y->len)
      break;
    c = (unsigned char)y->s[y->i];
    if(c == '"') {
      y->i++;
      return 1;
    }
    if(c < 0x20)
      return syn_fail(y, "control character in a string (write \\n, \\t, ...)");
    if(c == '\\') {
      const char *esc = "\"\\/bfnrtu";
      y->i++;
      if(y->i >= y->len)
        break;
      if(!strchr(esc, y->s[y->i]))
        return syn_fail(y, "invalid escape in a string");
      if(y->s[y->i] == 'u') {
        int k;
        for(k = 1; k <= 4; k++)
          if(y->i + (size_t)k >= y->len || !strchr("0123456789abcdefABCDEF", y->s[y->i + (size_t)k]) ||
             !y->s[y->i + (size_t)k]) {
            y->i += (size_t)k;
            return y->i >= y->len ? syn_fail(y, "unexpected end of input") : syn_fail(y, "invalid \\u escape");
          }
        y->i += 4;
      }
    }
    y->i++;
  }
  return syn_fail(y, "unexpected end of input (a string is not closed)");
}

static int digits_at(syn *y)
{
  size_t start = y->i;
  while(y->i < y->len && y->s[y->i] >= '0' && y->s[y->i] <= '9')
    y->i++;
  return y->i > start;
}

static int syn_number(syn *y)
{
  if(y->s[y->i] == '-')
    y->i++;
  if(y->i < y->len && y->s[y->i] == '0')
    y->i++;
  else if(!digits_at(y))
    return syn_unexpected(y, "a digit");
  if(y->i < y->len && y->s[y->i] == '.') {
    y->i++;
    if(!digits_at(y))
      return syn_unexpected(y, "a digit after '.'");
  }
  if(y->i < y->len && (y->s[y->i] == 'e' || y->s[y->i] == 'E')) {
    y->i++;
    if(y->i < y->len && (y->s[y->i] == '+' || y->s[y->i] == '-'))
      y->i++;
    if(!digits_at(y))
      return syn_unexpected(y, "a digit in the exponent");
  }
  return 1;
}

static int syn_value(syn *y, int depth)
{
  syn_ws(y);
  if(y->i >= y->len)
    return syn_fail(y, "unexpected end of input");
  switch(y->s[y->i]) {
  case '{':
  case '[': {
    int obj = y->s[y->i] == '{';
    char close = obj ? '}' : ']';
    if(depth >= SYN_MAX_DEPTH)
      return syn_fail(y, "nested more than 1000 levels deep");
    y->i++;
    syn_ws(y);
    if(y->i < y->len && y->s[y->i] == close) {
      y->i++;
      return 1;
    }
    for(;;) {
      size_t key_off;
      syn_ws(y);
      key_off = y->i;
      if(obj) {
        if(y->i >= y->len || y->s[y->i] != '"')
          return syn_unexpected(y, "a key in double quotes");
        if(!syn_string(y))
          return 0;
        syn_ws(y);
        if(y->i >= y->len || y->s[y->i] != ':')
          return syn_unexpected(y, "':' after the key");
        y->i++;
        syn_ws(y);
      }
      if(y->rec && !add_loc(y->rec, NULL, key_off, y->i)) {
        y->nomem = 1;
        return syn_fail(y, "out of memory");
      }
      if(!syn_value(y, depth + 1))
        return 0;
      syn_ws(y);
      if(y->i < y->len && y->s[y->i] == ',') {
        size_t comma = y->i;
        y->i++;
        syn_ws(y);
        if(y->i < y->len && y->s[y->i] == close) {
          y->i = comma;
          return syn_fail(y, obj ? "trailing comma before '}'" : "trailing comma before ']'");
        }
        continue;
      }
      if(y->i < y->len && y->s[y->i] == close) {
        y->i++;
        return 1;
      }
      return syn_unexpected(y, obj ? "',' or '}' after a member" : "',' or ']' after an element");
    }
  }
  case '"':
    return syn_string(y);
  case 't':
  case 'f':
  case 'n': {
    const char *lit = y->s[y->i] == 't' ? "true" : y->s[y->i] == 'f' ? "false" : "null";
    size_t n = strlen(lit);
    if(y->len - y->i < n || memcmp(y->s + y->i, lit, n) != 0)
      return syn_unexpected(y, "a value");
    y->i += n;
    return 1;
  }
  default:
    if(y->s[y->i] == '-' || (y->s[y->i] >= '0' && y->s[y->i] <= '9'))
      return syn_number(y);
    return syn_unexpected(y, "a value");
  }
}

/*
** Finds the first syntax error: 1 with its offset and message, 0 if none
** found. With 'rec', records the values' positions there; running out of
** memory doing so is an error too, with *nomem set.
*/
static int syntax_error(const char *s, size_t len, size_t start, size_t *off, char *msg, size_t size, pm_json *rec,
                        int *nomem)
{
  syn y;
  memset(&y, 0, sizeof y);
  y.s = s;
  y.len = len;
  y.i = start;
  y.rec = rec;
  if(syn_value(&y, 0)) {
    syn_ws(&y);
    if(y.i >= len)
      return 0;
    syn_fail(&y, "unexpected content after the value");
  }
  *off = y.i;
  snprintf(msg, size, "malformed JSON: %s", y.msg);
  if(nomem)
    *nomem = y.nomem;
  return 1;
}

static int cmp_loc(const void *a, const void *b)
{
  const pm_jloc *x = a, *y = b;
  return (x->node > y->node) - (x->node < y->node);
}

pm_status pm_json_parse(pm_json *j, const char *name, const char *text, size_t len, pm_diag *err)
{
  const char *end = NULL, *why = NULL;
  size_t bad = 0, start = 0, i;
  int line, col;
  pm_status st;
  long failures;

  memset(j, 0, sizeof *j);
  j->name = name;
  j->text = text;
  j->len = len;
  if(len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
    start = 3;  /* a UTF-8 byte order mark */
  if(!pm_utf8_check(text, len, &bad, &why)) {
    pm_linecol(text, len, bad, &line, &col);
    return pm_diag_set(err, PM_ERR_INPUT, name, line, col, "%s (byte 0x%02X at offset %zu)", why,
                       (unsigned char)text[bad], bad);
  }
  for(i = start; i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'); i++)
    ;
  if(i == len)
    return pm_diag_set(err, PM_ERR_INPUT, name, 0, 0, "empty file: expected a JSON object");
  {
    /* strict RFC 8259 first: cJSON accepts raw control characters in strings and leading zeros */
    size_t off;
    char msg[160];
    int nomem = 0;
    if(!add_loc(j, NULL, start, start))  /* the root's */
      return pm_diag_nomem(err);
    if(syntax_error(text, len, start, &off, msg, sizeof msg, j, &nomem)) {
      pm_json_free(j);
      if(nomem)
        return pm_diag_nomem(err);
      pm_linecol(text, len, off, &line, &col);
      return pm_diag_set(err, PM_ERR_INPUT, name, line, col, "%s", msg);
    }
  }
  pm_alloc_init();
  failures = pm_alloc_failures();
  j->root = cJSON_ParseWithLengthOpts(text + start, len - start, &end, 0);
  if(!j->root) {
    size_t off;
    char msg[160];
    pm_json_free(j);
    if(pm_alloc_failures() != failures)
      return pm_diag_nomem(err);  /* cJSON says NULL for both; our allocator knows */
    if(!syntax_error(text, len, start, &off, msg, sizeof msg, NULL, NULL)) {
      off = end ? (size_t)(end - text) : len;
      snprintf(msg, sizeof msg, "malformed JSON");
    }
    pm_linecol(text, len, off, &line, &col);
    return pm_diag_set(err, PM_ERR_INPUT, name, line, col, "%s", msg);
  }
  j->locs[0].node = j->root;
  i = 1;
  if((st = assign(j, j->root, &i, err)) != PM_OK) {
    pm_json_free(j);
    return st;
  }
  qsort(j->locs, j->nlocs, sizeof *j->locs, cmp_loc);
  j->sorted = 1;
  return PM_OK;
}

void pm_json_free(pm_json *j)
{
  cJSON_Delete(j->root);
  pm_free(j->locs);
  j->root = NULL;
  j->locs = NULL;
  j->nlocs = j->caplocs = 0;
}

/* The recorded position of 'node', or NULL. */
static const pm_jloc *find_loc(const pm_json *j, const cJSON *node)
{
  size_t lo = 0, hi = j->nlocs;
  if(!j->sorted) {  /* during the walk (duplicate keys): a plain search */
    for(lo = 0; lo < j->nlocs; lo++)
      if(j->locs[lo].node == node)
        return &j->locs[lo];
    return NULL;
  }
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if(j->locs[mid].node == node)
      return &j->locs[mid];
    if(j->locs[mid].node < node)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

void pm_json_pos(const pm_json *j, const cJSON *node, int key, int *line, int *col)
{
  const pm_jloc *l = find_loc(j, node);
  *line = *col = 0;
  if(l)
    pm_linecol(j->text, j->len, key ? l->key_off : l->val_off, line, col);
}

pm_status pm_json_error(const pm_json *j, pm_diag *d, pm_status code, const cJSON *node, int key,
                        const char *fmt, ...)
{
  int line, col;
  va_list ap;
  pm_json_pos(j, node, key, &line, &col);
  va_start(ap, fmt);
  pm_diag_vset(d, code, j->name, line, col, fmt, ap);
  va_end(ap);
  return code;
}

static int hexval(char c)
{
  if(c >= '0' && c <= '9')
    return c - '0';
  if(c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if(c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return 0;
}

static unsigned long hex4(const char *s)
{
  return (unsigned long)(hexval(s[0]) << 12 | hexval(s[1]) << 8 | hexval(s[2]) << 4 | hexval(s[3]));
}

int pm_json_string_base(const pm_json *j, const cJSON *node, size_t *base)
{
  const pm_jloc *l = j->sorted ? find_loc(j, node) : NULL;
  size_t n = strlen(node->valuestring);
  /* no backslash among the first n bytes: they are the value's n bytes, as they are */
  if(!l || l->val_off + 1 + n > j->len || memchr(j->text + l->val_off + 1, '\\', n))
    return 0;
  *base = l->val_off + 1;
  return 1;
}

size_t *pm_json_string_map(const pm_json *j, const cJSON *node)
{
  size_t n = strlen(node->valuestring), o = 0, i = 0;
  size_t *map = pm_malloc((n + 1) * sizeof *map);
  const pm_jloc *l = j->sorted ? find_loc(j, node) : NULL;
  const char *s = j->text;
  if(!map)
    return NULL;
  if(l)
    i = l->val_off + 1;  /* after the opening quote */
  while(o < n && i < j->len && s[i] != '"') {
    size_t at = i, w;
    if(s[i] != '\\') {
      map[o++] = i++;
      continue;
    }
    if(s[i + 1] != 'u') {
      map[o++] = at;
      i += 2;
      continue;
    }
    {
      unsigned long cp = hex4(s + i + 2);
      i += 6;
      if(cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= j->len && s[i] == '\\' && s[i + 1] == 'u') {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s + i + 2) - 0xDC00);
        i += 6;
      }
      w = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      while(w-- && o < n)
        map[o++] = at;
    }
  }
  while(o < n)
    map[o++] = i;
  map[n] = i;
  return map;
}

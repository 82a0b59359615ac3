/*
** index.c: the rule index cache (see index.h).
**
** File layout, all integers little-endian u32:
**   "PMIX" format PM_VERSION LUA_RELEASE digest(u64 as two u32) pack-name
**   nrules, then per rule: strings id stem title category rationale wrong
**   due, integers severity likelihood phase fmea_s fmea_o fmea_d has_check,
**   lists triggers channels causes prevent respond owner mitigated_by, and
**   its bytecode; nlibs, then per lib file its name and bytecode; "END!"
**   and a checksum (u64) of everything before it. A string or bytecode is
**   its length and its bytes; a list its count and its strings. The
**   checksum and every length are checked, so a truncated or damaged file
**   is a miss, never a crash; Lua checks the bytecode's header again.
*/
#define _XOPEN_SOURCE 700
#include "index.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "alloc.h"
#include "buf.h"
#include "diag.h"

#define INDEX_FORMAT 1u
#define MAX_INDEX_FILE ((size_t)64 << 20)

uint64_t pm_hash64(uint64_t h, const void *data, size_t n)
{
  const unsigned char *p = data;
  const uint64_t m = UINT64_C(0xff51afd7ed558ccd);
  size_t i = 0;
  for(; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);   /* host byte order: a cache moved to another kind of machine just misses */
    h = (h ^ w) * m;
    h ^= h >> 32;
  }
  for(; i < n; i++)
    h = (h ^ p[i]) * UINT64_C(0x100000001b3);
  h ^= (uint64_t)n;
  h *= m;
  h ^= h >> 33;
  return h;
}

char *pm_index_path(const char *cache_dir, const char *real_dir)
{
  pm_buf b;
  uint64_t h = pm_hash64(PM_HASH_SEED, real_dir, strlen(real_dir));
  pm_buf_init(&b, 0);
  if(!pm_buf_addf(&b, "%s/packs/%016llx.idx", cache_dir, (unsigned long long)h)) {
    pm_buf_free(&b);
    return NULL;
  }
  return pm_buf_take(&b, NULL);
}

/* ---- writing ---- */

static void put_u32(pm_buf *b, uint32_t v)
{
  unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                         (unsigned char)(v >> 24) };
  pm_buf_add(b, c, 4);
}

static void put_str(pm_buf *b, const char *s)
{
  size_t n = s ? strlen(s) : 0;
  put_u32(b, (uint32_t)n);
  pm_buf_add(b, s ? s : "", n);
}

static void put_list(pm_buf *b, const pm_strv *sv)
{
  size_t i;
  put_u32(b, (uint32_t)sv->n);
  for(i = 0; i < sv->n; i++)
    put_str(b, sv->v[i]);
}

/* mkdir -p of the folder holding 'path', private to the user. */
static int make_parents(char *path)
{
  char *p;
  for(p = path + 1; *p; p++) {
    if(*p != '/')
      continue;
    *p = '\0';
    if(mkdir(path, 0700) != 0 && errno != EEXIST) {
      *p = '/';
      return 0;
    }
    *p = '/';
  }
  return 1;
}

/*
** The cache is used only in a folder of this user's that nobody else can
** write to: another user could otherwise change what the rules say.
*/
static int private_dir(const char *file)
{
  struct stat st;
  char *dir = pm_strdup(file), *slash;
  int ok;
  if(!dir)
    return 0;
  slash = strrchr(dir, '/');
  if(slash)
    *slash = '\0';
  ok = stat(slash ? dir : ".", &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
       !(st.st_mode & (S_IWGRP | S_IWOTH));
  pm_free(dir);
  return ok;
}

static void put_blob(pm_buf *b, const char *p, size_t n)
{
  put_u32(b, (uint32_t)n);
  pm_buf_add(b, p, n);
}

int pm_index_save(const char *path, uint64_t digest, const pm_index_entry *en)
{
  pm_buf b;
  pm_diag err;
  size_t i;
  char *dir;
  uint64_t sum;
  int ok;
  pm_buf_init(&b, MAX_INDEX_FILE);
  pm_buf_add(&b, "PMIX", 4);
  put_u32(&b, INDEX_FORMAT);
  put_str(&b, PM_VERSION);
  put_str(&b, LUA_RELEASE);
  put_u32(&b, (uint32_t)digest);
  put_u32(&b, (uint32_t)(digest >> 32));
  put_str(&b, en->pack);
  put_u32(&b, (uint32_t)en->nrules);
  for(i = 0; i < en->nrules; i++) {
    const pm_rule *r = en->rules[i];
    const char *stem = strrchr(r->file, '/');
    size_t len;
    stem = stem ? stem + 1 : r->file;
    len = strlen(stem);
    put_str(&b, r->id);
    put_blob(&b, stem, len > 4 ? len - 4 : 0);   /* the stem: the name without .lua */
    put_str(&b, r->title);
    put_str(&b, r->category);
    put_str(&b, r->rationale);
    put_str(&b, r->wrong);
    put_str(&b, r->due);
    put_u32(&b, (uint32_t)r->severity);
    put_u32(&b, (uint32_t)r->likelihood);
    put_u32(&b, (uint32_t)r->phase);
    put_u32(&b, (uint32_t)r->fmea_s);
    put_u32(&b, (uint32_t)r->fmea_o);
    put_u32(&b, (uint32_t)r->fmea_d);
    put_u32(&b, (uint32_t)r->has_check);
    put_list(&b, &r->triggers);
    put_list(&b, &r->channels);
    put_list(&b, &r->causes);
    put_list(&b, &r->prevent);
    put_list(&b, &r->respond);
    put_list(&b, &r->owner);
    put_list(&b, &r->mitigated_by);
    put_blob(&b, r->code, r->code_len);
  }
  put_u32(&b, (uint32_t)en->lib_names.n);
  for(i = 0; i < en->lib_names.n; i++) {
    put_str(&b, en->lib_names.v[i]);
    put_blob(&b, en->lib_code[i], en->lib_len[i]);
  }
  pm_buf_add(&b, "END!", 4);
  sum = pm_hash64(PM_HASH_SEED, b.p, b.len);
  put_u32(&b, (uint32_t)sum);
  put_u32(&b, (uint32_t)(sum >> 32));
  dir = pm_strdup(path);
  ok = !b.failed && dir && make_parents(dir) && private_dir(path) && pm_file_write_atomic(path, b.p, b.len, &err) == PM_OK;
  pm_free(dir);
  pm_buf_free(&b);
  return ok;
}

/* ---- reading ---- */

typedef struct reader {
  const unsigned char *p, *end;
  int bad, nomem;
} reader;

static uint32_t get_u32(reader *r)
{
  uint32_t v;
  if(r->bad || r->end - r->p < 4) {
    r->bad = 1;
    return 0;
  }
  v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
  r->p += 4;
  return v;
}

/* An owned string; NULL (and r->bad or r->nomem) on failure. Empty strings are kept as "". */
static char *get_str(reader *r)
{
  uint32_t n = get_u32(r);
  char *s;
  if(r->bad || (size_t)(r->end - r->p) < n || memchr(r->p, '\0', n)) {
    r->bad = 1;
    return NULL;
  }
  if(!(s = pm_strndup((const char *)r->p, n))) {
    r->nomem = r->bad = 1;
    return NULL;
  }
  r->p += n;
  return s;
}

/* Owned bytes (NULL for none), for bytecode. */
static char *get_blob(reader *r, size_t *len)
{
  uint32_t n = get_u32(r);
  char *p;
  *len = 0;
  if(r->bad || (size_t)(r->end - r->p) < n) {
    r->bad = 1;
    return NULL;
  }
  if(!n)
    return NULL;
  if(!(p = pm_malloc(n))) {
    r->nomem = r->bad = 1;
    return NULL;
  }
  memcpy(p, r->p, n);
  r->p += n;
  *len = n;
  return p;
}

static int get_int(reader *r, int lo, int hi)
{
  uint32_t v = get_u32(r);
  if(v < (uint32_t)lo || v > (uint32_t)hi)
    r->bad = 1;
  return r->bad ? lo : (int)v;
}

static void get_list(reader *r, pm_strv *out)
{
  uint32_t n = get_u32(r), i;
  for(i = 0; i < n && !r->bad; i++) {
    uint32_t len = get_u32(r);
    /* lists hold non-empty strings without NUL bytes */
    if(r->bad || !len || (size_t)(r->end - r->p) < len || memchr(r->p, '\0', len))
      r->bad = 1;
    else if(!pm_strv_push_n(out, (const char *)r->p, len))
      r->nomem = r->bad = 1;
    else
      r->p += len;
  }
}

void pm_index_entry_free(pm_index_entry *en)
{
  size_t i;
  for(i = 0; i < en->nrules; i++)
    if(en->rules[i]) {
      pm_rule_free(en->rules[i]);
      pm_free(en->rules[i]);
    }
  pm_free(en->rules);
  for(i = 0; i < en->lib_names.n; i++)
    pm_free(en->lib_code[i]);
  pm_free(en->lib_code);
  pm_free(en->lib_len);
  pm_strv_free(&en->lib_names);
  pm_free(en->pack);
  memset(en, 0, sizeof *en);
}

static int is_version(reader *r, const char *want)
{
  char *v = get_str(r);
  int ok = v && strcmp(v, want) == 0;
  pm_free(v);
  if(!ok)
    r->bad = 1;
  return ok;
}

static void get_rule(reader *r, pm_rule *ru)
{
  ru->id = get_str(r);
  ru->file = get_str(r);   /* the stem, for the caller to make a path of */
  ru->title = get_str(r);
  ru->category = get_str(r);
  ru->rationale = get_str(r);
  ru->wrong = get_str(r);
  ru->due = get_str(r);
  ru->severity = get_int(r, 1, 5);
  ru->likelihood = get_int(r, 1, 5);
  ru->phase = get_int(r, PM_PHASE_PLAN, PM_PHASE_CHECKLIST);
  ru->fmea_s = get_int(r, 0, 10);
  ru->fmea_o = get_int(r, 0, 10);
  ru->fmea_d = get_int(r, 0, 10);
  ru->has_check = get_int(r, 0, 1);
  get_list(r, &ru->triggers);
  get_list(r, &ru->channels);
  get_list(r, &ru->causes);
  get_list(r, &ru->prevent);
  get_list(r, &ru->respond);
  get_list(r, &ru->owner);
  get_list(r, &ru->mitigated_by);
  ru->code = get_blob(r, &ru->code_len);
}

int pm_index_load(const char *path, uint64_t digest, pm_index_entry *en)
{
  char *data = NULL;
  size_t len = 0, i, count;
  pm_diag err;
  reader r;
  uint64_t d, sum;
  memset(en, 0, sizeof *en);
  if(!private_dir(path))
    return 0;
  if(pm_read_file(path, MAX_INDEX_FILE, &data, &len, &err) != PM_OK)
    return err.code == PM_ERR_NOMEM ? -1 : 0;
  memset(&r, 0, sizeof r);
  if(len < 16 || memcmp(data, "PMIX", 4) != 0 || memcmp(data + len - 12, "END!", 4) != 0) {
    pm_free(data);
    return 0;
  }
  r.p = (const unsigned char *)data + len - 8;
  r.end = r.p + 8;
  sum = get_u32(&r);
  sum |= (uint64_t)get_u32(&r) << 32;
  if(sum != pm_hash64(PM_HASH_SEED, data, len - 8)) {
    pm_free(data);
    return 0;
  }
  r.p = (const unsigned char *)data + 4;
  r.end = (const unsigned char *)data + len - 12;
  if(get_u32(&r) != INDEX_FORMAT || !is_version(&r, PM_VERSION) || !is_version(&r, LUA_RELEASE))
    r.bad = 1;
  d = get_u32(&r);
  d |= (uint64_t)get_u32(&r) << 32;
  if(d != digest)
    r.bad = 1;
  if(!r.bad)
    en->pack = get_str(&r);
  count = get_u32(&r);
  if(!r.bad && count > (size_t)(r.end - r.p) / 4)
    r.bad = 1;
  if(!r.bad && count && !(en->rules = pm_calloc(count, sizeof *en->rules)))
    r.nomem = r.bad = 1;
  for(i = 0; i < count && !r.bad; i++) {
    pm_rule *ru = pm_calloc(1, sizeof *ru);
    if(!ru) {
      r.nomem = r.bad = 1;
      break;
    }
    ru->check_ref = LUA_NOREF;
    ru->pack_ix = -1;
    en->rules[i] = ru;
    en->nrules = i + 1;
    get_rule(&r, ru);
  }
  count = get_u32(&r);
  if(!r.bad && count > (size_t)(r.end - r.p) / 4)
    r.bad = 1;
  if(!r.bad && count && (!(en->lib_code = pm_calloc(count, sizeof *en->lib_code)) ||
                         !(en->lib_len = pm_calloc(count, sizeof *en->lib_len))))
    r.nomem = r.bad = 1;
  for(i = 0; i < count && !r.bad; i++) {
    char *name = get_str(&r);
    if(name && !pm_strv_push(&en->lib_names, name))
      r.nomem = r.bad = 1;
    pm_free(name);
    if(!r.bad)
      en->lib_code[i] = get_blob(&r, &en->lib_len[i]);
  }
  if(r.p != r.end)
    r.bad = 1;
  pm_free(data);
  if(r.bad) {
    int nomem = r.nomem;
    pm_index_entry_free(en);
    return nomem ? -1 : 0;
  }
  return 1;
}

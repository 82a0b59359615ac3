/*
** index.c: the rule index cache (see index.h).
**
** File layout, integers little-endian (u32 unless named u64):
**   "PMIX" format meta_len PM_VERSION LUA_RELEASE env(u64) digest(u64)
**   scan_time(u64) nfiles, per file its name and size ino dev mtime ctime
**   (u64 each); the pack's name; nitems (list entries of all rules);
**   nrules, per rule: strings id stem title category rationale wrong due,
**   integers severity likelihood phase fmea_s fmea_o fmea_d has_check,
**   lists triggers channels causes prevent respond owner mitigated_by, and
**   its bytecode reference; nlibs, per lib file its name and bytecode
**   reference; "END!". That is the meta part, meta_len bytes; a checksum
**   (u64) of it follows, then the bytecode, back to back.
**   A string is its length, its bytes and a NUL; a list its count and its
**   strings; a bytecode reference the offset and length (u32) of the
**   bytecode after the checksum, and its digest (u64). The checksum, every
**   length and offset are checked when the file is opened, so a truncated
**   or damaged file is a miss, never a crash; a bytecode's digest is
**   checked when it is loaded, and Lua checks its header again.
*/
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include "index.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "alloc.h"
#include "buf.h"
#include "diag.h"

#define INDEX_FORMAT 4u
#define MAX_INDEX_FILE ((size_t)64 << 20)

/*
** Four independent lanes over 32-byte blocks (the multiply's latency, not
** its throughput, bounds one lane), folded together, then 8-byte words and
** the tail bytes as before.
*/
uint64_t pm_hash64(uint64_t h, const void *data, size_t n)
{
  const unsigned char *p = data;
  const uint64_t m = UINT64_C(0xff51afd7ed558ccd);
  size_t i = 0;
  if(n >= 32) {
    uint64_t a = h, b = h ^ UINT64_C(0x6a09e667f3bcc909), c = h ^ UINT64_C(0xbb67ae8584caa73b),
             d = h ^ UINT64_C(0x3c6ef372fe94f82b);
    for(; i + 32 <= n; i += 32) {
      uint64_t w[4];
      memcpy(w, p + i, 32);   /* host byte order: a cache moved to another kind of machine just misses */
      a = (a ^ w[0]) * m;
      b = (b ^ w[1]) * m;
      c = (c ^ w[2]) * m;
      d = (d ^ w[3]) * m;
      a ^= a >> 32;
      b ^= b >> 32;
      c ^= c >> 32;
      d ^= d >> 32;
    }
    h = ((a * m ^ b) * m ^ c) * m ^ d;
  }
  for(; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
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

void pm_file_id_of(const struct stat *st, pm_file_id *id)
{
  id->size = (uint64_t)st->st_size;
  id->ino = (uint64_t)st->st_ino;
  id->dev = (uint64_t)st->st_dev;
  id->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
  id->ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec;
}

int pm_file_id_at(int dirfd, const char *name, pm_file_id *id)
{
  struct stat st;
  if(fstatat(dirfd, name, &st, 0) != 0)
    return 0;
  pm_file_id_of(&st, id);
  return 1;
}

int64_t pm_wall_ns(void)
{
  struct timespec ts;
  if(clock_gettime(CLOCK_REALTIME, &ts) != 0)
    return 0;
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/*
** A file changed less than this before the entry read it may change again
** within the same tick of a coarse file system clock (FAT keeps 2 s)
** without its identity changing: such a file is read, not trusted.
*/
#define RACY_NS ((int64_t)2000000000)

int pm_index_racy(const pm_index_entry *en, const pm_file_id *ids, size_t n)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(ids[i].mtime_ns >= en->scan_time - RACY_NS || ids[i].ctime_ns >= en->scan_time - RACY_NS)
      return 1;
  return 0;
}

/* ---- writing ---- */

static void put_u32(pm_buf *b, uint32_t v)
{
  unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                         (unsigned char)(v >> 24) };
  pm_buf_add(b, c, 4);
}

static void put_u64(pm_buf *b, uint64_t v)
{
  put_u32(b, (uint32_t)v);
  put_u32(b, (uint32_t)(v >> 32));
}

static void put_strn(pm_buf *b, const char *s, size_t n)
{
  put_u32(b, (uint32_t)n);
  pm_buf_add(b, s, n);
  pm_buf_add(b, "", 1);
}

static void put_str(pm_buf *b, const char *s) { put_strn(b, s ? s : "", s ? strlen(s) : 0); }

static void put_list(pm_buf *b, const pm_strv *sv)
{
  size_t i;
  put_u32(b, (uint32_t)sv->n);
  for(i = 0; i < sv->n; i++)
    put_str(b, sv->v[i]);
}

/* Appends bytecode to 'blobs' and its reference to 'b'. */
static void put_code(pm_buf *b, pm_buf *blobs, const char *code, size_t len)
{
  put_u32(b, (uint32_t)blobs->len);
  put_u32(b, (uint32_t)len);
  put_u64(b, pm_hash64(PM_HASH_SEED, code, len));
  pm_buf_add(blobs, code ? code : "", len);
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

int pm_cache_write(const char *path, const void *data, size_t len)
{
  pm_diag err;
  char *dir = pm_strdup(path);
  int ok = dir && make_parents(dir) && private_dir(path) && pm_file_write_atomic(path, data, len, &err) == PM_OK;
  pm_free(dir);
  return ok;
}

int pm_index_save(const char *path, const pm_index_entry *en)
{
  pm_buf b, blobs;
  size_t i, nitems = 0;
  int ok;
  pm_buf_init(&b, MAX_INDEX_FILE);
  pm_buf_init(&blobs, MAX_INDEX_FILE);
  pm_buf_add(&b, "PMIX", 4);
  put_u32(&b, INDEX_FORMAT);
  put_u32(&b, 0);   /* meta_len, set below */
  put_str(&b, PM_VERSION);
  put_str(&b, LUA_RELEASE);
  put_u64(&b, en->env);
  put_u64(&b, en->digest);
  put_u64(&b, (uint64_t)en->scan_time);
  put_u32(&b, (uint32_t)en->nfiles);
  for(i = 0; i < en->nfiles; i++) {
    const pm_file_id *id = &en->file_ids[i];
    put_str(&b, en->file_names[i]);
    put_u64(&b, id->size);
    put_u64(&b, id->ino);
    put_u64(&b, id->dev);
    put_u64(&b, (uint64_t)id->mtime_ns);
    put_u64(&b, (uint64_t)id->ctime_ns);
  }
  put_str(&b, en->pack);
  for(i = 0; i < en->nrules; i++) {
    const pm_rule *r = en->rules[i];
    nitems += r->triggers.n + r->channels.n + r->causes.n + r->prevent.n + r->respond.n + r->owner.n +
              r->mitigated_by.n;
  }
  put_u32(&b, (uint32_t)nitems);
  put_u32(&b, (uint32_t)en->nrules);
  for(i = 0; i < en->nrules; i++) {
    const pm_rule *r = en->rules[i];
    const char *stem = strrchr(r->file, '/');
    size_t len;
    stem = stem ? stem + 1 : r->file;
    len = strlen(stem);
    put_str(&b, r->id);
    put_strn(&b, stem, len > 4 ? len - 4 : 0);   /* the stem: the name without .lua */
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
    put_code(&b, &blobs, r->code, r->code_len);
  }
  put_u32(&b, (uint32_t)en->nlibs);
  for(i = 0; i < en->nlibs; i++) {
    put_str(&b, en->lib_names[i]);
    put_code(&b, &blobs, en->lib_code[i], en->lib_len[i]);
  }
  pm_buf_add(&b, "END!", 4);
  if(!b.failed) {
    uint32_t m = (uint32_t)b.len;
    unsigned char c[4] = { (unsigned char)m, (unsigned char)(m >> 8), (unsigned char)(m >> 16),
                           (unsigned char)(m >> 24) };
    memcpy(b.p + 8, c, 4);
    put_u64(&b, pm_hash64(PM_HASH_SEED, b.p, b.len));
    pm_buf_add(&b, blobs.p ? blobs.p : "", blobs.len);
  }
  ok = !b.failed && !blobs.failed && pm_cache_write(path, b.p, b.len);
  pm_buf_free(&b);
  pm_buf_free(&blobs);
  return ok;
}

/* ---- reading ---- */

typedef struct reader {
  const unsigned char *p, *end;
  const unsigned char *blobs;   /* the bytecode part */
  size_t nblobs;
  int bad;
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

static uint64_t get_u64(reader *r)
{
  uint64_t lo = get_u32(r);
  return lo | (uint64_t)get_u32(r) << 32;
}

/* A string in the file (NUL-terminated there); "" and r->bad when it is not whole. */
static const char *get_str(reader *r, size_t *len)
{
  uint32_t n = get_u32(r);
  const char *s;
  if(r->bad || (size_t)(r->end - r->p) <= n || r->p[n] != '\0') {
    r->bad = 1;
    return "";
  }
  s = (const char *)r->p;
  r->p += (size_t)n + 1;
  if(len)
    *len = n;
  return s;
}

/* A bytecode reference: the bytes after the checksum (NULL when none). */
static const char *get_code(reader *r, size_t *len, uint64_t *hash)
{
  uint32_t off = get_u32(r), n = get_u32(r);
  *hash = get_u64(r);
  *len = 0;
  if(r->bad || off > r->nblobs || n > r->nblobs - off) {
    r->bad = 1;
    return NULL;
  }
  *len = n;
  return n ? (const char *)r->blobs + off : NULL;
}

static int get_int(reader *r, int lo, int hi)
{
  uint32_t v = get_u32(r);
  if(v < (uint32_t)lo || v > (uint32_t)hi)
    r->bad = 1;
  return r->bad ? lo : (int)v;
}

/* A list: its entries from 'items' (*used of *cap taken so far), pointing into the file. */
static void get_list(reader *r, pm_strv *out, char **items, size_t cap, size_t *used)
{
  uint32_t n = get_u32(r), i;
  if(r->bad || n > cap - *used) {
    r->bad = 1;
    return;
  }
  out->v = n ? items + *used : NULL;
  out->n = out->cap = 0;   /* cap 0: borrowed, never grown or freed */
  for(i = 0; i < n && !r->bad; i++) {
    size_t len = 0;
    const char *s = get_str(r, &len);
    if(!len)   /* lists hold non-empty strings */
      r->bad = 1;
    out->v[out->n++] = (char *)s;
  }
  *used += n;
}

void pm_index_close(pm_index_entry *en)
{
  if(en->map)
    munmap(en->map, en->map_len);
  pm_free(en->rule_block);
  pm_free(en->items);
  pm_free(en->arrays);
  pm_free(en->lib_arrays);
  memset(en, 0, sizeof *en);
}

int pm_index_code_ok(const char *code, size_t len, uint64_t hash)
{
  return code && pm_hash64(PM_HASH_SEED, code, len) == hash;
}

static int is_version(reader *r, const char *want)
{
  if(strcmp(get_str(r, NULL), want) != 0)
    r->bad = 1;
  return !r->bad;
}

static void get_rule(reader *r, pm_rule *ru, char **items, size_t nitems, size_t *used)
{
  ru->check_ref = LUA_NOREF;
  ru->pack_ix = -1;
  ru->borrowed = 1;
  ru->id = (char *)get_str(r, NULL);
  ru->file = (char *)get_str(r, NULL);   /* the stem, for the caller to make a path of */
  ru->title = (char *)get_str(r, NULL);
  ru->category = (char *)get_str(r, NULL);
  ru->rationale = (char *)get_str(r, NULL);
  ru->wrong = (char *)get_str(r, NULL);
  ru->due = (char *)get_str(r, NULL);
  ru->severity = get_int(r, 1, 5);
  ru->likelihood = get_int(r, 1, 5);
  ru->phase = get_int(r, PM_PHASE_PLAN, PM_PHASE_CHECKLIST);
  ru->fmea_s = get_int(r, 0, 10);
  ru->fmea_o = get_int(r, 0, 10);
  ru->fmea_d = get_int(r, 0, 10);
  ru->has_check = get_int(r, 0, 1);
  get_list(r, &ru->triggers, items, nitems, used);
  get_list(r, &ru->channels, items, nitems, used);
  get_list(r, &ru->causes, items, nitems, used);
  get_list(r, &ru->prevent, items, nitems, used);
  get_list(r, &ru->respond, items, nitems, used);
  get_list(r, &ru->owner, items, nitems, used);
  get_list(r, &ru->mitigated_by, items, nitems, used);
  ru->code = (char *)get_code(r, &ru->code_len, &ru->code_hash);
  if(ru->has_check && !ru->code)
    r->bad = 1;
}

int pm_cache_map(const char *path, void **map, size_t *len)
{
  struct stat st;
  int fd;
  void *m;
  if(!private_dir(path) || (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
    return 0;
  if(fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 16 || (uint64_t)st.st_size > MAX_INDEX_FILE) {
    close(fd);
    return 0;
  }
  m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if(m == MAP_FAILED)
    return errno == ENOMEM ? -1 : 0;
  *map = m;
  *len = (size_t)st.st_size;
  return 1;
}

int pm_index_open(const char *path, pm_index_entry *en)
{
  reader r;
  size_t i, meta, nitems, used = 0, n;
  const unsigned char *base;
  int got;
  memset(en, 0, sizeof *en);
  memset(&r, 0, sizeof r);
  if((got = pm_cache_map(path, &en->map, &en->map_len)) <= 0)
    return got;
  if(pm_alloc_should_fail()) {   /* as if mapping failed: fault injection reaches this path too */
    pm_index_close(en);
    return -1;
  }
  base = en->map;
  r.p = base + 8;
  r.end = base + 12;
  meta = get_u32(&r);
  if(memcmp(base, "PMIX", 4) != 0 || meta < 16 || meta > en->map_len - 8 || memcmp(base + meta - 4, "END!", 4) != 0)
    goto bad;
  r.p = base + meta;
  r.end = r.p + 8;
  if(get_u64(&r) != pm_hash64(PM_HASH_SEED, base, meta))
    goto bad;
  r.blobs = base + meta + 8;
  r.nblobs = en->map_len - meta - 8;
  r.p = base + 4;
  r.end = base + meta - 4;
  if(get_u32(&r) != INDEX_FORMAT)
    goto bad;
  get_u32(&r);
  if(!is_version(&r, PM_VERSION) || !is_version(&r, LUA_RELEASE))
    goto bad;
  en->env = get_u64(&r);
  en->digest = get_u64(&r);
  en->scan_time = (int64_t)get_u64(&r);
  n = get_u32(&r);
  if(r.bad || n > (size_t)(r.end - r.p) / 45)   /* a file takes at least 45 bytes */
    goto bad;
  en->nfiles = n;
  {
    /* the file arrays; the lib arrays once their count is read */
    char *a = pm_malloc(n * (sizeof(char *) + sizeof(pm_file_id)) + 1);
    if(!a) {
      pm_index_close(en);
      return -1;
    }
    en->arrays = a;
    en->file_ids = (pm_file_id *)(void *)a;
    en->file_names = (const char *const *)(void *)(a + n * sizeof(pm_file_id));
    for(i = 0; i < n && !r.bad; i++) {
      pm_file_id *id = (pm_file_id *)&en->file_ids[i];
      ((const char **)en->file_names)[i] = get_str(&r, NULL);
      id->size = get_u64(&r);
      id->ino = get_u64(&r);
      id->dev = get_u64(&r);
      id->mtime_ns = (int64_t)get_u64(&r);
      id->ctime_ns = (int64_t)get_u64(&r);
    }
    en->pack = get_str(&r, NULL);
    nitems = get_u32(&r);
    n = get_u32(&r);
    if(r.bad || nitems > (size_t)(r.end - r.p) / 6 || n > (size_t)(r.end - r.p) / 80)
      goto bad;
    en->nrules = n;
    if((nitems && !(en->items = pm_malloc(nitems * sizeof *en->items))) ||
       (n && !(en->rule_block = pm_calloc(n, sizeof *en->rule_block)))) {
      pm_index_close(en);
      return -1;
    }
    for(i = 0; i < n && !r.bad; i++)
      get_rule(&r, &en->rule_block[i], en->items, nitems, &used);
    n = get_u32(&r);
    if(r.bad || n > (size_t)(r.end - r.p) / 21)   /* a lib file takes at least 21 bytes */
      goto bad;
    en->nlibs = n;
    if(!(a = pm_malloc(n * (2 * sizeof(char *) + sizeof(size_t) + sizeof(uint64_t)) + 1))) {
      pm_index_close(en);
      return -1;
    }
    en->lib_arrays = a;
    en->lib_hash = (const uint64_t *)(void *)a;
    en->lib_len = (const size_t *)(en->lib_hash + n);
    en->lib_names = (const char *const *)(en->lib_len + n);
    en->lib_code = en->lib_names + n;
    for(i = 0; i < n && !r.bad; i++) {
      size_t len;
      ((const char **)en->lib_names)[i] = get_str(&r, NULL);
      ((const char **)en->lib_code)[i] = get_code(&r, &len, (uint64_t *)&en->lib_hash[i]);
      ((size_t *)en->lib_len)[i] = len;
      if(!en->lib_code[i])
        r.bad = 1;
    }
  }
  if(r.bad || r.p != r.end || used != nitems)
    goto bad;
  return 1;
bad:
  pm_index_close(en);
  return 0;
}

/*
** buf.c: growable buffers, JSON string escaping, file I/O.
*/
#define _DEFAULT_SOURCE  /* d_type in struct dirent */
#define _POSIX_C_SOURCE 200809L
#include "buf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "diag.h"
#include "model.h"

void pm_buf_init(pm_buf *b, size_t max)
{
  memset(b, 0, sizeof *b);
  b->max = max ? max : (size_t)1 << 30;
}

void pm_buf_free(pm_buf *b)
{
  pm_free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

static int grow(pm_buf *b, size_t extra)
{
  size_t need, cap;
  char *p;
  if(b->failed)
    return 0;
  if(extra > b->max || b->len > b->max - extra) {
    b->failed = 1;
    return 0;
  }
  need = b->len + extra + 1;
  if(need <= b->cap)
    return 1;
  cap = b->cap ? b->cap : 256;
  while(cap < need)
    cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
  p = pm_realloc(b->p, cap);
  if(!p) {
    b->failed = 1;
    return 0;
  }
  b->p = p;
  b->cap = cap;
  return 1;
}

/* grow's common case inline, room already there: every write of the JSON writers asks. */
static int room(pm_buf *b, size_t extra)
{
  if(!b->failed && extra < b->cap - b->len && b->len + extra <= b->max)
    return 1;
  return grow(b, extra);
}

int pm_buf_add(pm_buf *b, const void *data, size_t n)
{
  if(!room(b, n))
    return 0;
  if(n)
    memcpy(b->p + b->len, data, n);
  b->len += n;
  b->p[b->len] = '\0';
  return 1;
}

int pm_buf_adds(pm_buf *b, const char *s) { return pm_buf_add(b, s, strlen(s)); }

int pm_buf_addf(pm_buf *b, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if(n < 0)
    return 0;
  if((size_t)n < sizeof small)
    return pm_buf_add(b, small, (size_t)n);
  if(!grow(b, (size_t)n))
    return 0;
  va_start(ap, fmt);
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 1;
}

int pm_buf_reserve(pm_buf *b, size_t n) { return grow(b, n); }

int pm_buf_add_long(pm_buf *b, long v)
{
  char tmp[24], *d = tmp + sizeof tmp;
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  do
    *--d = (char)('0' + u % 10);
  while(u /= 10);
  if(v < 0)
    *--d = '-';
  return pm_buf_add(b, d, (size_t)(tmp + sizeof tmp - d));
}

/*
** 1 for the bytes a JSON string cannot hold as they are: control characters,
** '"' and '\\'; DEL too, escaped so that it shows. A table, because every
** byte of every string written goes through it.
*/
static const unsigned char json_escaped[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
};

int pm_buf_add_json_str(pm_buf *b, const char *s)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t n, i = 0;
  /* the common case, nothing to escape: one table scan finds the end (NUL is in the table), one copy */
  while(!json_escaped[u[i]])
    i++;
  n = u[i] ? i + strlen(s + i) : i;
  if(!room(b, n + 2))  /* room for all of it unescaped, so that runs are copied without growing */
    return 0;
  b->p[b->len++] = '"';
  if(i == n) {
    memcpy(b->p + b->len, s, n);
    b->len += n;
    i = n;
  } else
    i = 0;
  while(i < n) {
    size_t run = i;
    char esc[8];
    const char *e = esc;
    while(i < n && !json_escaped[u[i]])
      i++;
    memcpy(b->p + b->len, u + run, i - run);
    b->len += i - run;
    if(i == n)
      break;
    switch(u[i]) {
    case '"': e = "\\\""; break;
    case '\\': e = "\\\\"; break;
    case '\n': e = "\\n"; break;
    case '\r': e = "\\r"; break;
    case '\t': e = "\\t"; break;
    case '\b': e = "\\b"; break;
    case '\f': e = "\\f"; break;
    default: snprintf(esc, sizeof esc, "\\u%04x", u[i]);
    }
    i++;
    /* the escape, and room again for the rest and the closing quote */
    if(!room(b, strlen(e) + (n - i) + 1))
      return 0;
    memcpy(b->p + b->len, e, strlen(e));
    b->len += strlen(e);
  }
  b->p[b->len++] = '"';
  b->p[b->len] = '\0';
  return 1;
}

PM_API char *pm_json_quote(const char *s)
{
  pm_buf b;
  pm_buf_init(&b, 0);
  if(!pm_buf_add_json_str(&b, s) || b.failed) {
    pm_buf_free(&b);
    return NULL;
  }
  return pm_buf_take(&b, NULL);
}

char *pm_buf_take(pm_buf *b, size_t *len)
{
  char *p = b->p;
  if(len)
    *len = b->len;
  b->p = NULL;
  b->len = b->cap = 0;
  return p;
}

pm_status pm_read_file(const char *path, size_t max, char **data, size_t *len, pm_diag *err)
{
  pm_buf b;
  struct stat st;
  int fd, regular;
  size_t want;

  *data = NULL;
  *len = 0;
  do
    fd = open(path, O_RDONLY | O_CLOEXEC);
  while(fd < 0 && errno == EINTR);
  if(fd < 0)
    return pm_diag_set(err, PM_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
  if(fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    pm_status s = S_ISDIR(st.st_mode) ? pm_diag_set(err, PM_ERR_IO, path, 0, 0, "is a directory")
                                      : pm_diag_set(err, PM_ERR_IO, path, 0, 0, "cannot read: %s", strerror(errno));
    close(fd);
    return s;
  }
  regular = S_ISREG(st.st_mode);
  if(regular && (unsigned long long)st.st_size > max) {
    close(fd);
    return pm_diag_set(err, PM_ERR_LIMIT, path, 0, 0,
                       "file is %lld bytes, over the limit of %zu bytes", (long long)st.st_size, max);
  }
  /* a regular file: its size in one read; anything else (a pipe): 64 KiB at a time. One byte
     over the limit is enough to know a file is over it. */
  want = regular ? (size_t)st.st_size : 65536;
  pm_buf_init(&b, max + 1);
  if(!pm_buf_reserve(&b, want < max + 1 ? want : max + 1)) {
    close(fd);
    pm_buf_free(&b);
    return pm_diag_nomem(err);
  }
  for(;;) {
    ssize_t n;
    if(b.cap - b.len <= 1) {
      size_t more = max + 1 - b.len < 65536 ? max + 1 - b.len : 65536;
      if(!pm_buf_reserve(&b, more)) {
        close(fd);
        pm_buf_free(&b);
        return pm_diag_nomem(err);
      }
    }
    n = read(fd, b.p + b.len, b.cap - b.len - 1);
    if(n < 0 && errno == EINTR)
      continue;
    if(n < 0) {
      pm_status s = pm_diag_set(err, PM_ERR_IO, path, 0, 0, "read error: %s", strerror(errno));
      close(fd);
      pm_buf_free(&b);
      return s;
    }
    b.len += (size_t)n;
    b.p[b.len] = '\0';
    if(b.len > max) {
      close(fd);
      pm_buf_free(&b);
      return pm_diag_set(err, PM_ERR_LIMIT, path, 0, 0, "file is over the limit of %zu bytes", max);
    }
    if(n == 0 || (regular && b.len == (size_t)st.st_size))
      break;   /* the end, or all the file had when it was opened */
  }
  close(fd);
  *data = pm_buf_take(&b, len);
  return PM_OK;
}

PM_API pm_status pm_file_write_atomic(const char *path, const char *data, size_t len, pm_diag *err)
{
  pm_buf tmp;
  int fd;
  size_t off = 0;

  pm_buf_init(&tmp, 0);
  if(!pm_buf_addf(&tmp, "%s.tmp.XXXXXX", path))
    return pm_diag_nomem(err);
  fd = mkstemp(tmp.p);
  if(fd < 0) {
    pm_status s = pm_diag_set(err, PM_ERR_IO, path, 0, 0, "cannot create a temporary file: %s",
                              strerror(errno));
    pm_buf_free(&tmp);
    return s;
  }
  fchmod(fd, 0644);
  while(off < len) {
    ssize_t w = write(fd, data + off, len - off);
    if(w < 0) {
      if(errno == EINTR)
        continue;
      goto fail;
    }
    off += (size_t)w;
  }
  if(fsync(fd) != 0)
    goto fail;
  if(close(fd) != 0) {
    fd = -1;
    goto fail;
  }
  fd = -1;
  if(rename(tmp.p, path) != 0)
    goto fail;
  {
    /* make the rename itself durable: flush the folder's entry */
    char *slash = strrchr(tmp.p, '/');
    int dfd;
    if(slash == tmp.p)
      slash[1] = '\0';
    else if(slash)
      *slash = '\0';
    dfd = open(slash ? tmp.p : ".", O_RDONLY);
    if(dfd >= 0) {
      fsync(dfd);
      close(dfd);
    }
  }
  pm_buf_free(&tmp);
  return PM_OK;
fail:
  {
    pm_status s = pm_diag_set(err, PM_ERR_IO, path, 0, 0, "cannot write: %s", strerror(errno));
    if(fd >= 0)
      close(fd);
    unlink(tmp.p);
    pm_buf_free(&tmp);
    return s;
  }
}

/* ---- directories ---- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int pm_is_dir(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int pm_is_file(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

pm_status pm_dir_list(const char *dir, int want_dirs, const char *suffix, pm_strv *out, pm_diag *err)
{
  size_t sl = suffix ? strlen(suffix) : 0;
  DIR *d = opendir(dir);
  struct dirent *de;
  pm_buf path;
  if(!d)
    return pm_diag_set(err, PM_ERR_IO, dir, 0, 0, "cannot open the directory");
  pm_buf_init(&path, 0);
  while((de = readdir(d))) {
    size_t n = strlen(de->d_name);
    int known = de->d_type == DT_DIR || de->d_type == DT_REG;
    if(de->d_name[0] == '.')
      continue;
    if(!want_dirs && !(n > sl && strcmp(de->d_name + n - sl, suffix) == 0))
      continue;
    /* the entry's type when the file system gives it; stat only links and the unknown */
    if(known) {
      if((de->d_type == DT_DIR) != want_dirs)
        continue;
    } else {
      path.len = 0;
      path.failed = 0;
      if(!pm_buf_addf(&path, "%s/%s", dir, de->d_name))
        goto nomem;
      if(want_dirs ? !pm_is_dir(path.p) : !pm_is_file(path.p))
        continue;
    }
    if(!pm_strv_push(out, de->d_name))
      goto nomem;
  }
  closedir(d);
  pm_buf_free(&path);
  if(out->n)
    qsort(out->v, out->n, sizeof *out->v, cmp_str);
  return PM_OK;
nomem:
  closedir(d);
  pm_buf_free(&path);
  return pm_diag_nomem(err);
}


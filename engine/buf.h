/*
** buf.h: a growable byte buffer with a hard size cap (curl's dynbuf idea),
** JSON string escaping, and whole-file reading with a size limit.
*/
#ifndef PM_BUF_H
#define PM_BUF_H
#include <stddef.h>

#include "include/premortem.h"

typedef struct pm_buf {
  char *p;        /* always NUL-terminated when not NULL */
  size_t len, cap, max;
  int failed;     /* sticky: an append failed (out of memory or over max) */
} pm_buf;

void pm_buf_init(pm_buf *b, size_t max);
void pm_buf_free(pm_buf *b);
int pm_buf_add(pm_buf *b, const void *data, size_t n);
int pm_buf_adds(pm_buf *b, const char *s);
/* One byte; inline, since the writers add much of their output a byte at a time. */
static inline int pm_buf_addc(pm_buf *b, char c)
{
  if(b->len + 2 <= b->cap && !b->failed && b->len < b->max) {  /* the common case: room already */
    b->p[b->len++] = c;
    b->p[b->len] = '\0';
    return 1;
  }
  return pm_buf_add(b, &c, 1);
}
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
int pm_buf_addf(pm_buf *b, const char *fmt, ...);
/* Appends 's' as a JSON string literal (quotes included); UTF-8 kept as is. */
int pm_buf_add_json_str(pm_buf *b, const char *s);
/* Appends 'v' in decimal (what "%ld" prints, without printf's cost). */
int pm_buf_add_long(pm_buf *b, long v);
/* Makes room for 'n' more bytes at once, so that a known amount of output grows the buffer once. */
int pm_buf_reserve(pm_buf *b, size_t n);
/* Hands the buffer over: the caller frees the result with pm_free. */
char *pm_buf_take(pm_buf *b, size_t *len);

/*
** Reads a whole file (at most 'max' bytes) into a NUL-terminated buffer
** owned by the caller (pm_free). Errors name the file.
*/
pm_status pm_read_file(const char *path, size_t max, char **data, size_t *len, pm_diag *err);
/*
** Writes 'len' bytes to 'path' atomically: a temporary file in the same
** directory, flushed and fsync'ed, then renamed over 'path'.
*/
pm_status pm_file_write_atomic(const char *path, const char *data, size_t len, pm_diag *err);

/* 1 if 'path' is a directory (resp. a regular file). */
int pm_is_dir(const char *path);
int pm_is_file(const char *path);
struct pm_strv;
/*
** Appends to 'out', sorted, the names in 'dir' that are folders
** ('want_dirs') or regular files ending in 'suffix'. Hidden names are skipped.
*/
pm_status pm_dir_list(const char *dir, int want_dirs, const char *suffix, struct pm_strv *out, pm_diag *err);


#endif

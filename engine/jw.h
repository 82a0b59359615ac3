/*
** jw.h: the streaming JSON writer behind premortem's canonical output.
*/
#ifndef PM_JW_H
#define PM_JW_H
#include "buf.h"
#include "model.h"

#define JW_DEPTH 16

typedef struct jw {
  pm_buf *b;
  int depth;
  int compact;            /* one line, no spaces (JSON Lines) */
  int count[JW_DEPTH];
} jw;

/* Starts writing into 'b' (initialised here, empty). */
void pm_jw_init(jw *w, pm_buf *b, int compact);
/* Ends a document written with pm_jw_init: a final newline, then 'b' goes to 'path' atomically and is freed. */
pm_status pm_jw_save(pm_buf *b, const char *path, pm_diag *err);

/* Opens an object ('{') or array ('[') as a member named 'key' (NULL inside arrays). */
void pm_jw_open(jw *w, const char *key, char bracket);
void pm_jw_close(jw *w, char bracket);
/* A string member (NULL writes null), a number, a list of strings. */
void pm_jw_str(jw *w, const char *key, const char *v);
void pm_jw_num(jw *w, const char *key, long v);
void pm_jw_strv(jw *w, const char *key, const pm_strv *v);
void pm_jw_bool(jw *w, const char *key, int v);

#endif

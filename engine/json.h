/*
** json.h: cJSON glue. Parses with errors at file:line:column, rejects
** duplicate keys (cJSON keeps both; which one wins must not decide the
** output), and remembers where each node sits so that later diagnostics
** (unknown field, wrong type) can point at it.
*/
#ifndef PM_JSON_H
#define PM_JSON_H
#include <stddef.h>

#include <cJSON.h>

#include "include/premortem.h"

typedef struct pm_jloc {
  const cJSON *node;
  size_t key_off;        /* offset of the member's key, or of the value in arrays */
  size_t val_off;
} pm_jloc;

typedef struct pm_json {
  cJSON *root;           /* owned */
  const char *name;      /* borrowed: file name for diagnostics */
  const char *text;      /* borrowed */
  size_t len;
  pm_jloc *locs;         /* sorted by node address once parsing is done */
  size_t nlocs, caplocs;
  int sorted;
} pm_json;

/*
** Parses 'text' (must stay alive while 'j' is used). Checks UTF-8 first.
** Errors: PM_ERR_INPUT with name:line:col, PM_ERR_NOMEM.
*/
pm_status pm_json_parse(pm_json *j, const char *name, const char *text, size_t len, pm_diag *err);
void pm_json_free(pm_json *j);
/* Position of a node: its key (key != 0) or its value. 0,0 if unknown. */
void pm_json_pos(const pm_json *j, const cJSON *node, int key, int *line, int *col);
/* pm_diag_set at a node's position. */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
pm_status pm_json_error(const pm_json *j, pm_diag *d, pm_status code, const cJSON *node, int key,
                        const char *fmt, ...);
/*
** For a string node, builds the map from each byte offset of its decoded
** value to the byte offset in the file text of the character it came from
** (escapes included), so hits in the value can be reported at file
** positions. Returns NULL on out of memory; free with pm_free.
*/
size_t *pm_json_string_map(const pm_json *j, const cJSON *node);
/*
** The same map when it is a plain offset: for a string node written without
** escapes (nearly all of them), sets *base to the file offset of its first
** byte and returns 1; 0 when it needs pm_json_string_map.
*/
int pm_json_string_base(const pm_json *j, const cJSON *node, size_t *base);
/* A short name for a node's type: "string", "number", "object", ... */
const char *pm_json_type(const cJSON *node);

#endif

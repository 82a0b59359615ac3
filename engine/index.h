/*
** index.h: the rule index cache. A pack's validated rules (every field,
** its triggers, whether it has a check function) are saved as data, keyed
** by a digest of every file the pack's loading reads, so a later run can
** take them without running the pack's files; a rule's file is then loaded
** only when a check needs its check function, from the bytecode premortem
** compiled it to. The cache must be a folder of the user's own that nobody
** else can write to (see docs/security.md): bytecode is trusted as much as
** the premortem binary is, and never taken from a rules folder.
*/
#ifndef PM_INDEX_H
#define PM_INDEX_H
#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* 64-bit digest of bytes, chained through 'h' (start with PM_HASH_SEED). Not cryptographic. */
#define PM_HASH_SEED UINT64_C(0x9e3779b97f4a7c15)
uint64_t pm_hash64(uint64_t h, const void *data, size_t n);

/* The index file of a pack folder (its resolved path) in the cache folder; NULL on out of memory. */
char *pm_index_path(const char *cache_dir, const char *real_dir);

/*
** What the index keeps of a pack: its name, its rules (fields as data, and
** in ->code the bytecode premortem compiled from each rule file that has a
** check) and the bytecode of its lib files.
*/
typedef struct pm_index_entry {
  char *pack;
  pm_rule **rules;
  size_t nrules;
  pm_strv lib_names;
  char **lib_code;
  size_t *lib_len;
} pm_index_entry;

void pm_index_entry_free(pm_index_entry *en);

/*
** Writes an entry under 'digest'. Best effort: returns 0 when it could not
** (no cache folder, not a private one, read-only, out of memory), which only
** costs the next run a compile.
*/
int pm_index_save(const char *path, uint64_t digest, const pm_index_entry *en);

/*
** Reads the entry saved under 'digest' into *en (rules with id, fields,
** stem in ->file, has_check and code; pack, file and Lua state for the
** caller to fill): 1; 0 when there is none or it is damaged in any way
** (*en is then empty); -1 on out of memory.
*/
int pm_index_load(const char *path, uint64_t digest, pm_index_entry *en);

#endif

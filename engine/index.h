/*
** index.h: the rule index cache. A pack's validated rules (every field,
** its triggers, whether it has a check function) are saved as data, with
** the bytecode premortem compiled each rule and lib file to, so a later
** run takes them without running the pack's files; a rule's bytecode is
** loaded only when a check needs its check function.
**
** An entry is keyed twice: by a digest of every file the pack's loading
** reads (and of what else the rules depend on: premortem's and Lua's
** versions, the taxonomy, the rules root's shared lib), and by the files'
** identities (size, inode, device, change and modification times) when
** it was written. A run whose files all have the identities recorded, and
** were last changed well before the entry read them, takes the entry
** without reading a rule file; any other run reads and digests the files,
** as git does for a "racily clean" index. See docs/security.md for why the
** cache must be a folder of the user's own: bytecode is trusted as much as
** the premortem binary is, and never taken from a rules folder.
**
** A loaded entry is the index file mapped read-only: the rules' strings
** and bytecode point into it, so it stays mapped while they live. Files
** are replaced by rename, never rewritten in place.
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
** Writes a cache file atomically, making its folders (private to the
** user) as needed; 0 when it could not, or when the folder is not the
** user's own or others can write to it.
*/
int pm_cache_write(const char *path, const void *data, size_t len);
/*
** Maps a cache file read-only (only from a folder pm_cache_write would
** write to): 1, 0 when it is not there or not usable, -1 on out of memory.
*/
int pm_cache_map(const char *path, void **map, size_t *len);

/* What identifies a file's contents without reading them. */
typedef struct pm_file_id {
  uint64_t size, ino, dev;
  int64_t mtime_ns, ctime_ns;
} pm_file_id;

/* Fills *id from stat data of 'name' in the open folder 'dirfd'; 0 when it cannot be stat'ed. */
int pm_file_id_at(int dirfd, const char *name, pm_file_id *id);
struct stat;
/* Fills *id from stat data already at hand. */
void pm_file_id_of(const struct stat *st, pm_file_id *id);

/* Nanoseconds since the epoch, by the clock file times are set from. */
int64_t pm_wall_ns(void);

/*
** An entry: written from the fields given (pm_index_save), or read back
** (pm_index_open), when every pointer points into the mapped file.
*/
typedef struct pm_index_entry {
  uint64_t env;             /* digest of what is not a file of the pack */
  uint64_t digest;          /* digest of that and of every file's name and bytes */
  int64_t scan_time;        /* wall clock before the files were read */
  size_t nfiles;            /* the files digested, as names relative to the pack folder */
  const char *const *file_names;
  const pm_file_id *file_ids;
  const char *pack;
  pm_rule *const *rules;    /* saving: the pack's rules, file order, each with its ->code */
  pm_rule *rule_block;      /* read: nrules rules (->file is the stem; strings borrowed) */
  size_t nrules;
  size_t nlibs;             /* lib files by name, with bytecode */
  const char *const *lib_names;
  const char *const *lib_code;
  const size_t *lib_len;
  const uint64_t *lib_hash; /* read: digest of each lib file's bytecode */
  /* read only: what the pointers above point into */
  void *map;
  size_t map_len;
  char **items;             /* every rule's list entries */
  void *arrays, *lib_arrays;
} pm_index_entry;

/*
** Writes an entry. Best effort: returns 0 when it could not (no cache
** folder, not a private one, read-only, out of memory), which only costs
** the next run a compile.
*/
int pm_index_save(const char *path, const pm_index_entry *en);

/*
** Maps and reads the entry at 'path' into *en: 1; 0 when there is none or
** it is damaged (*en is then empty); -1 on out of memory. Rules come with
** has_check, code, code_len and code_hash; bytecode is checked against
** its digest only when used (pm_index_code_ok).
*/
int pm_index_open(const char *path, pm_index_entry *en);

/* True when bytecode read from an entry is what was saved. */
int pm_index_code_ok(const char *code, size_t len, uint64_t hash);

/* True when the files last changed too close to the entry's reading for their identities to vouch for them. */
int pm_index_racy(const pm_index_entry *en, const pm_file_id *ids, size_t n);

/* Unmaps a read entry; its rules must be freed already. */
void pm_index_close(pm_index_entry *en);

#endif

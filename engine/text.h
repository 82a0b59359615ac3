/*
** text.h: the text index of one plan field. It keeps the source text, a
** normalised copy (ASCII lower-cased, white space runs collapsed to one
** space, typographic quotes and no-break spaces folded) with a map back
** to source offsets, and line starts, so that any hit can be reported
** with a 1-based line and a column counted in Unicode code points.
*/
#ifndef PM_TEXT_H
#define PM_TEXT_H
#include <stddef.h>
#include <stdint.h>

#include "include/premortem.h"

/* Line starts of a buffer, for line and column lookups. */
typedef struct pm_lines {
  const char *src;      /* borrowed */
  size_t len;
  size_t *starts;       /* owned */
  size_t n;
} pm_lines;

pm_status pm_lines_init(pm_lines *l, const char *src, size_t len);
void pm_lines_free(pm_lines *l);
/* Line and column (1-based, code points) of byte offset 'off'. */
void pm_lines_linecol(const pm_lines *l, size_t off, int *line, int *col);

/* From norm offset 'norm' on, norm offsets map to src offsets 'src' + (offset - 'norm'). */
typedef struct pm_textbreak {
  size_t norm, src;
} pm_textbreak;

typedef struct pm_text {
  const char *src;      /* borrowed: must outlive the index */
  size_t len;
  char *norm;           /* owned, NUL-terminated */
  size_t nlen;
  pm_textbreak *breaks; /* norm offset -> src offset, by runs (see pm_text_span); owned */
  size_t nbreaks, capbreaks;
  size_t *words;        /* norm offsets of word starts, for nearness: built on first use */
  size_t nwords;
  uint64_t *pairs;      /* a bit per hashed pair of adjacent norm bytes: built by the first find */
} pm_text;

/* A phrase occurrence, in source offsets [start, end). */
typedef struct pm_span {
  size_t start, end;
} pm_span;

pm_status pm_text_init(pm_text *t, const char *src, size_t len);
void pm_text_free(pm_text *t);

/* 1 for bytes that make words: ASCII letters, digits, '_' and any non-ASCII byte. */
int pm_text_is_word(unsigned char c);
/*
** Normalises 'len' bytes of 's' into 'out' (room for len + 1 bytes) and,
** if 'map' is not NULL, records each output byte's source offset. Returns
** the output length. Leading and trailing white space is dropped when 'trim'.
*/
size_t pm_text_normalize(const char *s, size_t len, char *out, size_t *map, int trim);
/* Source span of norm range [ns, ne). */
pm_span pm_text_span(const pm_text *t, size_t ns, size_t ne);
/* 1 if norm range [ns, ne) starts and ends on word boundaries. */
int pm_text_bounded(const pm_text *t, size_t ns, size_t ne);
/* Line and column (1-based, code points) of source offset 'off' (a scan: for tests). */
void pm_text_linecol(const pm_text *t, size_t off, int *line, int *col);
/* Index of the word that contains norm offset 'noff'; (size_t)-1 when out of memory. */
size_t pm_text_word_index(pm_text *t, size_t noff);

/*
** Finds every word-bounded occurrence of the normalised phrase 'np' (length
** 'nplen') in 't'. Calls 'fn' with norm offsets; stops when 'fn' returns 0.
*/
/* (The first find builds a filter of the norm's byte pairs, a cache: 't' is not changed otherwise.) */
void pm_text_find(const pm_text *t, const char *np, size_t nplen,
                  int (*fn)(void *ud, size_t ns, size_t ne), void *ud);
/*
** Sentence boundaries: calls 'fn' with the source span of each sentence
** (trimmed). A sentence ends at . ! or ? followed by white space, at a
** blank line, and at the end of a Markdown heading or list line.
*/
void pm_text_sentences(const pm_text *t, int (*fn)(void *ud, pm_span s), void *ud);

/* ---- UTF-8 and positions in raw buffers ---- */
/*
** Checks that 's' is valid UTF-8 without NUL bytes. On failure returns 0
** and sets '*bad' to the offending byte offset and '*why' to a reason.
*/
int pm_utf8_check(const char *s, size_t len, size_t *bad, const char **why);
/* Line and column (1-based, code points) of 'off' in a raw buffer. */
void pm_linecol(const char *s, size_t len, size_t off, int *line, int *col);

#endif

/*
** check.h: a tiny assertion header for the unit tests (sds's testhelp.h idea).
** Each failed CHECK prints file:line and the expression; main returns the
** number of failures through CHECK_DONE().
*/
#ifndef PM_CHECK_H
#define PM_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures, check_count;

#define CHECK(cond)                                                                       \
  do {                                                                                    \
    check_count++;                                                                        \
    if(!(cond)) {                                                                         \
      check_failures++;                                                                   \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);             \
    }                                                                                     \
  } while(0)

#define CHECK_STR(a, b)                                                                   \
  do {                                                                                    \
    const char *check_a_ = (a), *check_b_ = (b);                                          \
    check_count++;                                                                        \
    if(!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                       \
      check_failures++;                                                                   \
      fprintf(stderr, "%s:%d: check failed: %s == %s\n  got:  %s\n  want: %s\n", __FILE__, \
              __LINE__, #a, #b, check_a_ ? check_a_ : "(null)", check_b_ ? check_b_ : "(null)"); \
    }                                                                                     \
  } while(0)

#define CHECK_INT(a, b)                                                                   \
  do {                                                                                    \
    long check_a_ = (long)(a), check_b_ = (long)(b);                                      \
    check_count++;                                                                        \
    if(check_a_ != check_b_) {                                                            \
      check_failures++;                                                                   \
      fprintf(stderr, "%s:%d: check failed: %s == %s (got %ld, want %ld)\n", __FILE__,    \
              __LINE__, #a, #b, check_a_, check_b_);                                      \
    }                                                                                     \
  } while(0)

#define CHECK_DONE()                                                                      \
  do {                                                                                    \
    printf("%d checks, %d failed\n", check_count, check_failures);                        \
    return check_failures ? 1 : 0;                                                        \
  } while(0)

#endif

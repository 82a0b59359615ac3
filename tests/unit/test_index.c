/*
** test_index.c: the rule index cache's entries: what is saved is read
** back field for field; a damaged or truncated file is a miss, never a
** crash; bytecode is checked when used; files changed close to the
** reading are racy.
*/
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "alloc.h"
#include "check.h"
#include "index.h"

static char cache[64];

static void fill_rule(pm_rule *r, const char *id, const char *file, int check)
{
  memset(r, 0, sizeof *r);
  r->id = pm_strdup(id);
  r->file = pm_strdup(file);
  r->title = pm_strdup("A title");
  r->category = pm_strdup("web");
  r->rationale = pm_strdup("Why");
  r->wrong = pm_strdup("What goes wrong");
  r->due = pm_strdup("T-7d");
  r->severity = 4;
  r->likelihood = 2;
  r->fmea_s = 7;
  r->has_check = check;
  pm_strv_push(&r->triggers, "qr code");
  pm_strv_push(&r->triggers, "scan the code");
  pm_strv_push(&r->causes, "A cause");
  pm_strv_push(&r->owner, "web");
  if(check) {
    r->code = pm_strdup("\x1bLua bytecode stand-in");
    r->code_len = strlen(r->code);
  }
}

static int write_entry(const char *path, pm_rule **rules)
{
  const char *files[] = { "pack.lua", "lib/say.lua", "a.lua", "b.lua" };
  pm_file_id ids[4];
  const char *lib_names[] = { "say.lua" };
  const char *lib_code[] = { "\x1bLua lib" };
  size_t lib_len[] = { 8 };
  pm_index_entry en;
  int i;
  memset(ids, 0, sizeof ids);
  for(i = 0; i < 4; i++) {
    ids[i].size = (uint64_t)(100 + i);
    ids[i].ino = (uint64_t)(1000 + i);
    ids[i].mtime_ns = ids[i].ctime_ns = (int64_t)1000000000 * (10 + i);
  }
  memset(&en, 0, sizeof en);
  en.env = 11;
  en.digest = 22;
  en.scan_time = (int64_t)1000000000 * 20;
  en.nfiles = 4;
  en.file_names = files;
  en.file_ids = ids;
  en.pack = "mypack";
  en.rules = rules;
  en.nrules = 2;
  en.nlibs = 1;
  en.lib_names = lib_names;
  en.lib_code = lib_code;
  en.lib_len = lib_len;
  return pm_index_save(path, &en);
}

static void test_round_trip(const char *path)
{
  pm_index_entry en;
  pm_rule *r;
  CHECK_INT(pm_index_open(path, &en), 1);
  CHECK_INT(en.env, 11);
  CHECK_INT(en.digest, 22);
  CHECK_STR(en.pack, "mypack");
  CHECK_INT(en.nfiles, 4);
  if(en.nfiles == 4) {
    CHECK_STR(en.file_names[1], "lib/say.lua");
    CHECK_INT(en.file_ids[3].size, 103);
    CHECK_INT(en.file_ids[3].ino, 1003);
    CHECK_INT(en.file_ids[3].mtime_ns / 1000000000, 13);
  }
  CHECK_INT(en.nrules, 2);
  if(en.nrules == 2) {
    r = &en.rule_block[0];
    CHECK_STR(r->id, "p.a");
    CHECK_STR(r->file, "a");   /* the stem */
    CHECK_STR(r->due, "T-7d");
    CHECK_INT(r->severity, 4);
    CHECK_INT(r->fmea_s, 7);
    CHECK_INT(r->triggers.n, 2);
    CHECK_STR(r->triggers.v[1], "scan the code");
    CHECK_INT(r->causes.n, 1);
    CHECK_INT(r->channels.n, 0);
    CHECK(r->borrowed);
    CHECK(r->has_check && pm_index_code_ok(r->code, r->code_len, r->code_hash));
    CHECK(!pm_index_code_ok(r->code, r->code_len, r->code_hash + 1));
    r = &en.rule_block[1];
    CHECK_STR(r->id, "p.b");
    CHECK(!r->has_check && r->code == NULL);
  }
  CHECK_INT(en.nlibs, 1);
  if(en.nlibs == 1) {
    CHECK_STR(en.lib_names[0], "say.lua");
    CHECK_INT(en.lib_len[0], 8);
    CHECK(pm_index_code_ok(en.lib_code[0], en.lib_len[0], en.lib_hash[0]));
  }
  /* files last changed 2 s or more before the entry read them vouch for themselves; later ones do not */
  {
    pm_file_id id;
    memset(&id, 0, sizeof id);
    id.mtime_ns = id.ctime_ns = en.scan_time - (int64_t)3000000000;
    CHECK(!pm_index_racy(&en, &id, 1));
    id.ctime_ns = en.scan_time - (int64_t)1000000000;
    CHECK(pm_index_racy(&en, &id, 1));
  }
  pm_index_close(&en);
}

/* Every byte of the meta part flipped, one at a time, and every truncation: a miss each time. */
static void test_damage(const char *path)
{
  FILE *f = fopen(path, "r+b");
  long size, at;
  pm_index_entry en;
  CHECK(f != NULL);
  if(!f)
    return;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  for(at = 0; at < size; at++) {
    int c, got;
    fseek(f, at, SEEK_SET);
    c = fgetc(f);
    fseek(f, at, SEEK_SET);
    fputc(c ^ 0x01, f);
    fflush(f);
    got = pm_index_open(path, &en);
    if(got == 1) {
      /* only the bytecode part is outside the checksum: there, the bytecode's own digest fails */
      size_t i;
      int bad = 0;
      for(i = 0; i < en.nrules; i++)
        bad |= en.rule_block[i].code && !pm_index_code_ok(en.rule_block[i].code, en.rule_block[i].code_len,
                                                          en.rule_block[i].code_hash);
      for(i = 0; i < en.nlibs; i++)
        bad |= !pm_index_code_ok(en.lib_code[i], en.lib_len[i], en.lib_hash[i]);
      CHECK(bad);
    } else
      CHECK_INT(got, 0);
    pm_index_close(&en);
    fseek(f, at, SEEK_SET);
    fputc(c, f);
    fflush(f);
  }
  fclose(f);
  for(at = 0; at < size; at += 7) {
    CHECK(truncate(path, at) == 0);
    CHECK_INT(pm_index_open(path, &en), 0);
  }
}

int main(void)
{
  char path[128], cmd[96];
  pm_rule a, b, *rules[2] = { &a, &b };
  snprintf(cache, sizeof cache, "/tmp/pm-index-XXXXXX");
  if(!mkdtemp(cache))
    return 2;
  snprintf(path, sizeof path, "%s/packs/x.idx", cache);
  fill_rule(&a, "p.a", "rules/p/a.lua", 1);
  fill_rule(&b, "p.b", "rules/p/b.lua", 0);
  CHECK(write_entry(path, rules));
  test_round_trip(path);
  test_damage(path);
  {
    pm_index_entry en;
    CHECK_INT(pm_index_open("/nonexistent/premortem/x.idx", &en), 0);
  }
  /* a folder others can write to is not used */
  snprintf(cmd, sizeof cmd, "chmod 777 '%s/packs'", cache);
  CHECK(system(cmd) == 0);
  CHECK(!write_entry(path, rules));   /* refused: the truncated file stays */
  {
    pm_index_entry en;
    CHECK_INT(pm_index_open(path, &en), 0);
  }
  pm_rule_free(&a);
  pm_rule_free(&b);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache);
  CHECK(system(cmd) == 0);
  CHECK_DONE();
}

/*
** test_json.c: parse errors at line:column, duplicate keys, node
** positions and the string-offset map through escapes.
*/
#include "alloc.h"
#include "check.h"
#include "json.h"

static pm_status parse(const char *text, pm_diag *d)
{
  pm_json j;
  pm_status st = pm_json_parse(&j, "t.json", text, strlen(text), d);
  if(st == PM_OK)
    pm_json_free(&j);
  return st;
}

static void test_errors(void)
{
  pm_diag d;
  CHECK(parse("{\"a\": 1}", &d) == PM_OK);
  CHECK(parse("{\n  \"a\": 1,\n}", &d) == PM_ERR_INPUT);
  CHECK_INT(d.line, 2);
  CHECK_INT(d.col, 9);
  CHECK_STR(d.message, "malformed JSON: trailing comma before '}'");
  CHECK(parse("{\"a\": tru}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: expected a value, found 't'");
  CHECK_INT(d.col, 7);
  CHECK(parse("{\"a\" 1}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: expected ':' after the key, found '1'");
  CHECK(parse("{a: 1}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: expected a key in double quotes, found 'a'");
  CHECK(parse("{\"a\": \"x\ny\"}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: control character in a string (write \\n, \\t, ...)");
  CHECK(parse("{\"a\": 01}", &d) == PM_ERR_INPUT);
  CHECK(parse("{\"a\": \"\\q\"}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: invalid escape in a string");
  CHECK(parse("{\"a\": 1", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: unexpected end of input");
  CHECK(parse("{\"a\": [1, 2", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: unexpected end of input");
  CHECK_INT(d.col, 12);
  CHECK(parse("{\"a\": [1, 2}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: expected ',' or ']' after an element, found '}'");
  CHECK_INT(d.col, 12);
  CHECK(parse("{} {}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "malformed JSON: unexpected content after the value");
  CHECK_INT(d.col, 4);
  CHECK(parse("  \n ", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "empty file: expected a JSON object");
  CHECK(parse("{\"a\": \"caf\xC3\"}", &d) == PM_ERR_INPUT);
  CHECK_INT(d.col, 11);
  CHECK(strstr(d.message, "UTF-8") != NULL);
  CHECK(parse("\xEF\xBB\xBF{\"a\": 1}", &d) == PM_OK);           /* a BOM is fine */
}

static void test_duplicates(void)
{
  pm_diag d;
  CHECK(parse("{\"a\": 1, \"b\": {\"x\": 1, \"x\": 2}}", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "duplicate key \"x\"");
  CHECK_INT(d.col, 24);
  CHECK(parse("{\"a\": 1,\n \"a\": 2}", &d) == PM_ERR_INPUT);
  CHECK_INT(d.line, 2);
  CHECK_INT(d.col, 2);
  CHECK(parse("[{\"a\": 1}, {\"a\": 1}]", &d) == PM_OK);        /* separate objects */
}

static void test_positions_and_map(void)
{
  const char *text = "{\n  \"team\": [\n    {\"name\": \"D\\u00e9\\n\\\"x\\\" \\ud83d\\ude00 z\"}\n  ]\n}";
  pm_json j;
  pm_diag d;
  const cJSON *name;
  size_t *map, base;
  int line, col;
  CHECK(pm_json_parse(&j, "t.json", text, strlen(text), &d) == PM_OK);
  name = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j.root, "team"), 0),
                                          "name");
  pm_json_pos(&j, name, 1, &line, &col);
  CHECK_INT(line, 3);
  CHECK_INT(col, 6);
  pm_json_pos(&j, name, 0, &line, &col);
  CHECK_INT(col, 14);
  /* value: "Dé\n\"x\" 😀 z" ; decoded bytes: D, é(2), \n, ", x, ", ' ', 😀(4), ' ', z */
  map = pm_json_string_map(&j, name);
  CHECK(map != NULL);
  if(map) {
    size_t open = (size_t)(strstr(text, "\"D") - text);
    CHECK_INT(map[0], open + 1);          /* D */
    CHECK_INT(map[1], open + 2);          /* é from \u00e9 */
    CHECK_INT(map[2], open + 2);
    CHECK_INT(map[3], open + 8);          /* \n */
    CHECK_INT(map[5], open + 12);         /* x */
    CHECK_INT(map[8], open + 16);         /* the emoji from a surrogate pair */
    CHECK_INT(map[11], open + 16);
    CHECK_INT(map[13], open + 29);        /* z */
    pm_free(map);
  }
  CHECK(!pm_json_string_base(&j, name, &base));  /* escapes: only the map will do */
  pm_json_free(&j);
}

/* A string without escapes maps by an offset, the same as its map says. */
static void test_plain_string_base(void)
{
  const char *text = "{\"a\": [1, {\"b\": \"caf\xC3\xA9 \\\"q\\\"\"}], \"t\":  \"plain text\"}";
  pm_json j;
  pm_diag d;
  const cJSON *t, *b;
  size_t base = 0, *map, i;
  CHECK(pm_json_parse(&j, "t.json", text, strlen(text), &d) == PM_OK);
  t = cJSON_GetObjectItemCaseSensitive(j.root, "t");
  b = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j.root, "a"), 1), "b");
  CHECK(pm_json_string_base(&j, t, &base));
  CHECK_INT(base, (size_t)(strstr(text, "plain") - text));
  map = pm_json_string_map(&j, t);
  CHECK(map != NULL);
  for(i = 0; map && i <= strlen(t->valuestring); i++)
    CHECK_INT(map[i], base + i);
  pm_free(map);
  CHECK(!pm_json_string_base(&j, b, &base));
  pm_json_free(&j);
}

int main(void)
{
  test_errors();
  test_duplicates();
  test_positions_and_map();
  test_plain_string_base();
  CHECK_DONE();
}

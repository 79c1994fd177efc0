#include "io/event_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/cameo.h"
#include "io/utf8.h"

namespace dyad {
namespace {

Event SampleEvent(const std::string& code = "042") {
  Event e;
  e.doc_id = "tehran-visit";
  e.sentence_index = 3;
  e.sentence_text = "Putin visited Tehran\tto meet Raisi.";
  e.date = "2022-07-19";
  e.source = {"RUSGOV", "Putin", {0, 5}};
  e.target = {"IRN", "Tehran", {14, 20}};
  e.code = code;
  e.verb_text = "visited";
  e.verb_span = {6, 13};
  e.pattern = "CAMEO.verbs:120: - * TEHRAN [042]";
  return e;
}

std::string Render(EventFormat format, const std::vector<Event>& events) {
  std::ostringstream out;
  auto writer = EventWriter::Create(format, &out);
  for (const Event& e : events) writer->Write(e);
  writer->Finish();
  return out.str();
}

TEST(EventFormat, Names) {
  EventFormat f;
  ASSERT_TRUE(ParseEventFormat("jsonl", &f));
  EXPECT_EQ(f, EventFormat::kJsonl);
  ASSERT_TRUE(ParseEventFormat("tsv", &f));
  EXPECT_EQ(f, EventFormat::kTsv);
  ASSERT_TRUE(ParseEventFormat("table", &f));
  EXPECT_EQ(f, EventFormat::kTable);
  EXPECT_FALSE(ParseEventFormat("csv", &f));
}

TEST(JsonlWriter, HasExactlyTheDocumentedFields) {
  const std::string line = Render(EventFormat::kJsonl, {SampleEvent()});
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  const nlohmann::json j = nlohmann::json::parse(line);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"date", "doc_id", "event", "pattern", "sentence_index",
                                            "sentence_text", "source", "target"}));
  EXPECT_EQ(j["doc_id"], "tehran-visit");
  EXPECT_EQ(j["sentence_index"], 3);
  EXPECT_EQ(j["sentence_text"], "Putin visited Tehran\tto meet Raisi.");
  EXPECT_EQ(j["date"], "2022-07-19");
  EXPECT_EQ(j["source"]["code"], "RUSGOV");
  EXPECT_EQ(j["source"]["text"], "Putin");
  EXPECT_EQ(j["source"]["span"], nlohmann::json::array({0, 5}));
  EXPECT_EQ(j["target"]["code"], "IRN");
  EXPECT_EQ(j["event"]["code"], "042");
  EXPECT_EQ(j["event"]["text"], "visited");
  EXPECT_EQ(j["event"]["span"], nlohmann::json::array({6, 13}));
  EXPECT_EQ(j["pattern"], "CAMEO.verbs:120: - * TEHRAN [042]");
  std::vector<std::string> event_keys;
  for (auto it = j["event"].begin(); it != j["event"].end(); ++it) event_keys.push_back(it.key());
  std::sort(event_keys.begin(), event_keys.end());
  EXPECT_EQ(event_keys, (std::vector<std::string>{"code", "goldstein", "name", "quad_class", "root",
                                                  "span", "text"}));
}

TEST(JsonlWriter, CodeWithLeadingZeroStaysAString) {
  const std::string line = Render(EventFormat::kJsonl, {SampleEvent("010")});
  EXPECT_NE(line.find("\"code\":\"010\""), std::string::npos) << line;
  const nlohmann::json j = nlohmann::json::parse(line);
  ASSERT_TRUE(j["event"]["code"].is_string());
  EXPECT_EQ(j["event"]["code"].get<std::string>(), "010");
}

TEST(JsonlWriter, UnknownCodeHasNullOntologyFields) {
  const nlohmann::json j = nlohmann::json::parse(Render(EventFormat::kJsonl, {SampleEvent("999")}));
  EXPECT_EQ(j["event"]["code"], "999");
  EXPECT_TRUE(j["event"]["root"].is_null());
  EXPECT_TRUE(j["event"]["name"].is_null());
  EXPECT_TRUE(j["event"]["quad_class"].is_null());
  EXPECT_TRUE(j["event"]["goldstein"].is_null());
}

TEST(JsonlWriter, OntologyFieldsComeFromCameoTables) {
  const nlohmann::json j = nlohmann::json::parse(Render(EventFormat::kJsonl, {SampleEvent("042")}));
  const CameoEventType* type = FindCameoEvent("042");
  if (type == nullptr) GTEST_SKIP() << "CAMEO tables not available yet";
  EXPECT_EQ(j["event"]["root"], std::string(type->root));
  EXPECT_EQ(j["event"]["name"], std::string(type->name));
  EXPECT_EQ(j["event"]["quad_class"], type->quad_class);
  EXPECT_DOUBLE_EQ(j["event"]["goldstein"].get<double>(), type->goldstein);
}

TEST(JsonlWriter, EmptyDateIsNullAndBrokenUtf8DoesNotThrow) {
  Event e = SampleEvent();
  e.date.clear();
  e.sentence_text = "bad \xFF byte";
  const nlohmann::json j = nlohmann::json::parse(Render(EventFormat::kJsonl, {e}));
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["sentence_text"], "bad \xEF\xBF\xBD byte");
}

TEST(TsvWriter, HeaderThenOneLinePerEvent) {
  const std::string out = Render(EventFormat::kTsv, {SampleEvent("010"), SampleEvent()});
  std::istringstream in(out);
  std::string header, row1, row2, extra;
  std::getline(in, header);
  std::getline(in, row1);
  std::getline(in, row2);
  EXPECT_FALSE(std::getline(in, extra));
  EXPECT_EQ(header,
            "date\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tdoc_id\tsentence_index\t"
            "pattern\tsentence_text");
  std::vector<std::string> fields;
  std::istringstream row(row1);
  for (std::string f; std::getline(row, f, '\t');) fields.push_back(f);
  ASSERT_EQ(fields.size(), 11u) << row1;
  EXPECT_EQ(fields[0], "2022-07-19");
  EXPECT_EQ(fields[1], "RUSGOV");
  EXPECT_EQ(fields[2], "IRN");
  EXPECT_EQ(fields[3], "010");
  EXPECT_EQ(fields[7], "tehran-visit");
  EXPECT_EQ(fields[8], "3");
  EXPECT_EQ(fields[10], "Putin visited Tehran to meet Raisi.");  // tab became a space
  if (const CameoEventType* type = FindCameoEvent("010")) {
    EXPECT_EQ(fields[4], std::string(type->root));
    EXPECT_EQ(fields[5], std::to_string(type->quad_class));
  }
}

TEST(TsvWriter, EmptyRunStillHasHeader) {
  EXPECT_EQ(Render(EventFormat::kTsv, {}).substr(0, 5), "date\t");
}

TEST(TableWriter, AlignedColumnsWithCameoName) {
  Event long_doc = SampleEvent("010");
  long_doc.doc_id = "a-much-longer-document-id";
  const std::string out = Render(EventFormat::kTable, {SampleEvent(), long_doc});
  std::istringstream in(out);
  std::string header, row1, row2;
  std::getline(in, header);
  std::getline(in, row1);
  std::getline(in, row2);
  EXPECT_EQ(header.substr(0, 3), "doc");
  // Columns line up: "sent" starts where the row's sentence index does.
  EXPECT_EQ(header.find("sent"), row1.find(" 3 ") + 1);
  // Compare display columns, not bytes: the clipped id ends in a 3-byte "…".
  const auto column = [](const std::string& row, std::string_view what) {
    return io::DisplayWidth(std::string_view(row).substr(0, row.find(what)));
  };
  EXPECT_EQ(column(row1, "2022-07-19"), column(row2, "2022-07-19"));
  EXPECT_NE(row2.find("a-much-longer-document-\xE2\x80\xA6"), std::string::npos) << row2;
  EXPECT_NE(row1.find("RUSGOV (Putin)"), std::string::npos);
  EXPECT_NE(row1.find("042"), std::string::npos);
  EXPECT_NE(row1.find("visited"), std::string::npos);
  if (const CameoEventType* type = FindCameoEvent("042")) {
    EXPECT_NE(row1.find(std::string(type->name).substr(0, 10)), std::string::npos);
  }
}

TEST(TableWriter, NoEventsSaysSo) { EXPECT_EQ(Render(EventFormat::kTable, {}), "(no events)\n"); }

}  // namespace
}  // namespace dyad

// La lecture de reponses.txt (td4/answers.hpp) : le fichier vient d'une
// copie, c'est une donnée hostile. Lignes strictes, taille bornée, UTF-8,
// virgule décimale, choix sans accents ; et rien n'est évalué.
#include "td4/answers.hpp"

#include "check.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace td4::answers;
namespace ut = boost::unit_test;

namespace {
// Vrai si parse(text) est refusé avec un message qui contient `part`.
bool refused(const std::string& text, const std::string& part) {
  try {
    parse(text, "r.txt");
  } catch (const Problem& e) {
    return std::string(e.what()).find(part) != std::string::npos;
  }
  return false;
}
template <class F>
bool value_refused(F&& f) {
  try {
    f();
  } catch (const Problem&) {
    return true;
  }
  return false;
}
}  // namespace

BOOST_AUTO_TEST_CASE(answers_lines, *ut::description("reponses.txt : commentaires, clés, valeurs")) {
  const Sheet s = parse("\xEF\xBB\xBF# une question\r\n\n  a = 1 \r\nb=\n\tc_2 =  du texte = libre \n# d = 4",
                        "r.txt");
  BOOST_TEST(s.found);
  BOOST_TEST(s.entries.size() == 3u);
  BOOST_TEST(s.value("a") == "1");
  BOOST_TEST(!s.answered("b"));
  BOOST_TEST(s.value("c_2") == "du texte = libre");
  BOOST_TEST(!s.answered("d"));  // dans un commentaire
}

BOOST_AUTO_TEST_CASE(answers_hostile, *ut::description("reponses.txt : fichiers refusés, avec la ligne")) {
  BOOST_TEST(refused("a = 1\nb 2\n", "ligne 2"));
  BOOST_TEST(refused("a b = 1\n", "clé = valeur"));      // une clé est un mot
  BOOST_TEST(refused("é = 1\n", "clé = valeur"));        // en ASCII
  BOOST_TEST(refused("= 1\n", "clé = valeur"));
  BOOST_TEST(refused("a = 1\na = 2\n", "deux fois"));
  BOOST_TEST(refused(std::string("a = 1\0", 6), "contrôle"));
  BOOST_TEST(refused("a = \x1b[31m\n", "contrôle"));
  BOOST_TEST(refused("a = caf\xe9\n", "UTF-8"));         // Latin-1
  BOOST_TEST(refused("a = \xed\xa0\x80\n", "UTF-8"));    // demi-substitut
  BOOST_TEST(refused("a = " + std::string(max_line_bytes, 'x') + "\n", "trop longue"));
  std::string big;
  while (big.size() <= max_file_bytes) big += "# " + std::string(100, 'x') + "\n";
  BOOST_TEST(refused(big, "trop gros"));
  const Sheet s = parse("a = 1\nz = 2\n", "r.txt");
  BOOST_TEST(value_refused([&] { require_known(s, {"a", "b"}); }));
  BOOST_CHECK_NO_THROW(require_known(s, {"a", "z"}));
}

BOOST_AUTO_TEST_CASE(answers_values, *ut::description("reponses.txt : entiers, nombres, choix")) {
  const Sheet s = parse("n = 3\nm = +2\nbad_n = 3.0\nneg = -1\nx = 0,0336\ny = -1e-3\n"
                        "inf = inf\nexpr = 1+1\nunit = 46 ms\nhex = 0x10\n"
                        "c = Nœud Stable\nd = INSTABLE\ne = foyer-instable\nf = peut-être\n",
                        "r.txt");
  BOOST_TEST(*count(s, "n") == 3);
  BOOST_TEST(*count(s, "m") == 2);
  BOOST_TEST(!count(s, "absent"));
  BOOST_TEST(value_refused([&] { count(s, "bad_n"); }));
  BOOST_TEST(value_refused([&] { count(s, "neg"); }));
  BOOST_TEST(*number(s, "x") == 0.0336);
  BOOST_TEST(*number(s, "y") == -1e-3);
  BOOST_TEST(*number(s, "n") == 3.0);
  for (const char* k : {"inf", "expr", "unit", "hex", "c"})
    BOOST_TEST(value_refused([&] { number(s, k); }), k);
  const std::vector<std::string> natures = {"noeud_stable", "foyer_instable", "instable"};
  BOOST_TEST(*choice(s, "c", natures) == "noeud_stable");
  BOOST_TEST(*choice(s, "d", natures) == "instable");
  BOOST_TEST(*choice(s, "e", natures) == "foyer_instable");
  BOOST_TEST(value_refused([&] { choice(s, "f", natures); }));
}

BOOST_AUTO_TEST_CASE(answers_files, *ut::description("reponses.txt : absent, présent, variable TD4_REPONSES_DIR")) {
  BOOST_TEST(!load_file("/nonexistent/reponses.txt").found);
  const std::string dir = "td4-test-answers";
  std::filesystem::create_directories(dir + "/07_essai");
  std::ofstream(dir + "/07_essai/reponses.txt") << "k = 12,5\n";
  setenv("TD4_REPONSES_DIR", dir.c_str(), 1);
  BOOST_TEST(path_for("07_essai") == dir + "/07_essai/reponses.txt");
  BOOST_TEST(*number(load("07_essai"), "k") == 12.5);
  unsetenv("TD4_REPONSES_DIR");
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(answers_predictions, *ut::description("reponses.txt : la prédiction à côté du résultat")) {
  const Sheet s = parse("n = 1\nc = instable\nx = 40\nbad = trois\n", "r.txt");
  BOOST_TEST(predicted_count(s, "n", "point fixe", 3) ==
             "#   vous aviez prédit 1 point fixe : il y en a 3\n");
  BOOST_TEST(predicted_count(s, "x", "point fixe", 1) ==
             "#   vous aviez prédit 40 points fixes : il y en a 1\n");
  BOOST_TEST(predicted_choice(s, "c", {"stable", "instable"}, "stabilité de r2*", "instable") ==
             "#   vous aviez prédit « instable » (stabilité de r2*) : le programme trouve « instable »\n");
  BOOST_TEST(predicted_number(s, "x", "période", " ms", 46.9) ==
             "#   vous aviez prédit période = 40 ms : le programme trouve 46.9 ms\n");
  BOOST_TEST(predicted_count(s, "bad", "point fixe", 3).empty());  // mal écrite : rien
  BOOST_TEST(predicted_count(s, "absent", "point fixe", 3).empty());
}

// Le main des programmes de test, compilé trois fois (tape.hpp) :
//   l'enregistreur (TD4_ENREGISTREUR=1) fait tourner les cas d'une question
//   avec le code de l'exercice, sans rien afficher : il écrit la bande ;
//   le juge (TD4_JUGE=1) lance l'enregistreur (ou relit la bande d'un autre,
//   --rejouer), refait les mêmes cas sur la bande et les résume en français ;
//   sans l'un ni l'autre, les tests de la bibliothèque, tels quels.
// Le juge et les tests de la bibliothèque finissent par :
//   code 0  : tout est réussi ;
//   code 77 : rien de faux, mais des fonctions sont encore « à compléter »
//             (CTest l'affiche comme « Skipped ») ;
//   code 1  : au moins une vérification a échoué (« à corriger ») ;
//   code 2  : le juge n'a pas pu juger (il le dit en une ligne).
// Un cas qui lève une exception, plante (signal) ou boucle (au-delà de
// TD4_DELAI_CAS secondes, 30 par défaut, 300 sous les sanitizers) est
// « à corriger », avec une explication en français ; les cas suivants sont
// quand même lancés (sauf après un accès mémoire invalide).
#include "check.hpp"
#include "result_channel.hpp"
#include "judge.hpp"
#include "tape.hpp"
#include "td4/errors.hpp"

#include <boost/test/execution_monitor.hpp>
#include <boost/test/tree/observer.hpp>
#include <boost/test/tree/traverse.hpp>
#include <boost/test/tree/visitor.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace ut = boost::unit_test;

namespace {

// Le temps accordé à chaque cas : un exercice qui boucle est arrêté là.
// Large devant le cas le plus long d'un corrigé (quelques secondes sur une
// machine chargée) ; ASan et UBSan ralentissent tout d'un facteur 10.
#ifndef TD4_CASE_TIME_LIMIT
#define TD4_CASE_TIME_LIMIT 30
#endif
unsigned case_time_limit() {
  const char* text = std::getenv("TD4_DELAI_CAS");
  const long s = text ? std::atol(text) : 0;
  return s > 0 ? static_cast<unsigned>(s) : TD4_CASE_TIME_LIMIT;
}

// Ce que Boost.Test a intercepté, dit en français.
std::string explain(const boost::execution_exception& e) {
  const std::string what(e.what().begin(), e.what().end());
  const auto has = [&](const char* s) { return what.find(s) != std::string::npos; };
  switch (e.code()) {
    case boost::execution_exception::timeout_error: {
      const std::string over = "a dépassé sa limite de " + std::to_string(case_time_limit()) + " s";
      if (!td4::check::too_slow_hint().empty()) return over + " : " + td4::check::too_slow_hint();
      return over + " : un calcul trop lent, ou une boucle qui ne s'arrête pas "
             "(vérifiez sa condition de fin)";
    }
    case boost::execution_exception::system_error:
    case boost::execution_exception::system_fatal_error: {
      std::string cause = "signal reçu : " + what;
      if (has("memory access violation") || has("SIGSEGV") || has("SIGBUS"))
        cause = "accès mémoire invalide : pointeur nul, indice hors du tableau, "
                "référence vers une variable qui n'existe plus ?";
      else if (has("SIGABRT"))
        cause = "arrêt par abort() : un assert qui a échoué ?";
      else if (has("divide by zero") || has("SIGFPE"))
        cause = "division entière par zéro ?";
      return "le programme a planté (" + cause +
             ") ; relisez la fonction que ce cas appelle, ou lancez ce test seul dans gdb";
    }
    case boost::execution_exception::cpp_exception_error:
      // Côté juge, un appel que l'enregistreur n'a pas mené au bout.
      if (!td4::tape::interruption().empty()) return td4::tape::interruption();
      return "exception : " + (has("unknown type") ? std::string("d'un type inconnu") : what);
    default:
      return what;
  }
}

// Donne à chaque cas la limite de temps (sauf s'il en a déjà une), au
// début de l'exécution, quand tous les cas sont enregistrés.
struct TimeLimit : ut::test_tree_visitor {
  void visit(const ut::test_case& tc) override {
    if (tc.p_timeout == 0u) const_cast<ut::test_case&>(tc).p_timeout.set(case_time_limit());
  }
};
struct SetTimeLimits {
  SetTimeLimits() {
    TimeLimit limit;
    ut::traverse_test_tree(ut::framework::master_test_suite(), limit);
  }
};
BOOST_TEST_GLOBAL_FIXTURE(SetTimeLimits);

#if TD4_ENREGISTREUR
// L'enregistreur : un bloc de bande par cas, avec l'explication de ce qui
// l'a interrompu (les exceptions C++ sont déjà sur la bande).
struct Recording : ut::test_observer {
  void test_unit_start(const ut::test_unit& tu) override {
    if (tu.p_type != ut::TUT_CASE) return;
    td4::check::start_case();
    td4::tape::write_case(tu.full_name());
  }
  void exception_caught(const boost::execution_exception& e) override {
    if (e.code() != boost::execution_exception::cpp_exception_error)
      td4::tape::write_interruption(explain(e));
  }
  void test_unit_finish(const ut::test_unit& tu, unsigned long) override {
    if (tu.p_type == ut::TUT_CASE) td4::tape::flush();
  }
};
Recording summary;
#else
struct FrenchSummary : ut::test_observer {
  long not_done_at_start = 0;
  int failures_in_case = 0;
  std::string exception, raw_exception;  // expliquée en français ; telle quelle
  int passed = 0, to_fix = 0, to_do = 0;

  void test_unit_start(const ut::test_unit& tu) override {
    if (tu.p_type != ut::TUT_CASE) return;
    not_done_at_start = td4::not_done_count();
    failures_in_case = 0;
    exception.clear();
    raw_exception.clear();
    td4::check::start_case();
    td4::tape::begin_case(tu.full_name());
  }
  void assertion_result(ut::assertion_result ar) override {
    if (ar == ut::AR_FAILED) ++failures_in_case;
  }
  void exception_caught(const boost::execution_exception& e) override {
    exception = explain(e);
    raw_exception = std::string(e.what().begin(), e.what().end());
  }
  void test_unit_finish(const ut::test_unit& tu, unsigned long) override {
    if (tu.p_type != ut::TUT_CASE) return;
    const std::string name =
        tu.p_description->empty() ? tu.p_name.get() : tu.p_description.get();
    // La ligne du cas, puis le détail de ses écarts (td4::check).
    const std::string details = td4::check::case_lines();
    if (td4::not_done_count() != not_done_at_start) {
      ++to_do;
      std::cout << "  … " << name << " : à compléter (" << raw_exception << ")\n" << details;
    } else if (failures_in_case || !exception.empty()) {
      ++to_fix;
      std::cout << "  ✘ " << name << " : à corriger";
      if (!exception.empty()) std::cout << " (" << exception << ")";
      std::cout << '\n' << details;
      if (const int hidden = td4::check::hidden_failures())
        std::cout << "    (et " << hidden << " autre(s) écart(s) du même genre)\n";
    } else {
      ++passed;
      std::cout << "  ✔ " << name << '\n';
    }
    std::cout.flush();  // visible même si un cas suivant fait tout arrêter
  }
};

FrenchSummary summary;
#endif

bool init() {
  ut::framework::register_observer(summary);
  return true;
}

// Les options de Boost.Test passées telles quelles ; le journal anglais
// reste accessible par --log_level.
std::vector<std::string> boost_arguments(const std::vector<std::string>& given) {
  std::vector<std::string> args = given;
  bool user_log = false;
  for (const std::string& a : given)
    if (a.rfind("--log_level", 0) == 0) user_log = true;
  if (!user_log) args.push_back("--log_level=nothing");
  args.push_back("--report_level=no");
  return args;
}

int run_cases(const std::string& program, std::vector<std::string> args) {
  args.insert(args.begin(), program);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  return ut::unit_test_main(&init, static_cast<int>(argv.size()), argv.data());
}

}  // namespace

#if TD4_ENREGISTREUR

int main(int argc, char* argv[]) {
  const char* where = std::getenv("TD4_ENREGISTREMENT");
  if (where == nullptr) {
    std::cerr << argv[0] << " : ce programme enregistre les réponses de l'exercice pour son "
              << "juge ; lancez plutôt build/tests/test_exNN.\n";
    return 2;
  }
  try {
    td4::tape::open_recording(where);
  } catch (const std::exception& e) {
    std::cerr << argv[0] << " : " << e.what() << '\n';
    return 2;
  }
  unsetenv("TD4_ENREGISTREMENT");
  run_cases(argv[0], boost_arguments({argv + 1, argv + argc}));
  td4::tape::flush();
  return 0;
}

#else

int main(int argc, char* argv[]) {
  std::vector<std::string> rest(argv + 1, argv + argc);
#if TD4_JUGE
  td4::tape::JudgeOptions options;
  rest.clear();
  if (!td4::tape::parse_judge_options(argc, argv, options, rest)) return 2;
  std::string ended;
  if (!td4::tape::obtain_recording(argv[0], options, rest, ended)) return 2;
  td4::tape::load_recording(options.recording, ended);
  td4::tape::forget_recording(options);
#endif

  run_cases(argv[0], boost_arguments(rest));

#if TD4_JUGE
  // Ce que l'exercice définit ou appelle sans que la question le permette
  // (scripts/lib/verifier-symboles.sh) : à corriger, comme un cas.
  if (const auto refused = td4::tape::symbol_refusals(argv[0], options); !refused.empty()) {
    ++summary.to_fix;
    std::cout << "  ✘ ce que l'exercice définit et appelle : à corriger\n";
    for (const std::string& line : refused) std::cout << "    ✘ " << line << '\n';
  }
#endif

  td4::testing::report_result(summary.passed, summary.to_fix, summary.to_do);
  std::cout << "Bilan : " << summary.passed << " réussi(s), " << summary.to_fix
            << " à corriger, " << summary.to_do << " à compléter.\n";
  if (summary.to_fix) {
    std::cout << "ÉCHEC : " << summary.to_fix << " test(s) à corriger.\n";
    return 1;
  }
  if (summary.to_do) {
    std::cout << "À COMPLÉTER : écrivez les fonctions signalées, puis relancez.\n";
    return 77;
  }
  return 0;
}

#endif

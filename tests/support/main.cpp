// Le main de chaque exécutable de test : Boost.Test fait tourner les cas,
// cet observateur les résume en français.
//   code 0  : tout est réussi ;
//   code 77 : rien de faux, mais des fonctions sont encore « à compléter »
//             (CTest l'affiche comme « Skipped ») ;
//   code 1  : au moins une vérification a échoué (« à corriger »).
#include "check.hpp"
#include "td4/errors.hpp"

#include <boost/test/execution_monitor.hpp>
#include <boost/test/tree/observer.hpp>
#include <boost/test/unit_test.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace ut = boost::unit_test;

namespace {

struct FrenchSummary : ut::test_observer {
  long not_done_at_start = 0;
  int failures_in_case = 0;
  std::string exception;
  int passed = 0, to_fix = 0, to_do = 0;

  void test_unit_start(const ut::test_unit& tu) override {
    if (tu.p_type != ut::TUT_CASE) return;
    not_done_at_start = td4::not_done_count();
    failures_in_case = 0;
    exception.clear();
    td4::check::start_case();
  }
  void assertion_result(ut::assertion_result ar) override {
    if (ar == ut::AR_FAILED) ++failures_in_case;
  }
  void exception_caught(const boost::execution_exception& e) override {
    exception = std::string(e.what().begin(), e.what().end());
  }
  void test_unit_finish(const ut::test_unit& tu, unsigned long) override {
    if (tu.p_type != ut::TUT_CASE) return;
    const std::string name =
        tu.p_description->empty() ? tu.p_name.get() : tu.p_description.get();
    if (td4::not_done_count() != not_done_at_start) {
      ++to_do;
      std::cout << "  … " << name << " : à compléter (" << exception << ")\n";
    } else if (failures_in_case || !exception.empty()) {
      ++to_fix;
      if (const int hidden = td4::check::hidden_failures())
        std::cout << "    (et " << hidden << " autre(s) écart(s) du même genre)\n";
      std::cout << "  ✘ " << name << " : à corriger";
      if (!exception.empty()) std::cout << " (exception : " << exception << ")";
      std::cout << '\n';
    } else {
      ++passed;
      std::cout << "  ✔ " << name << '\n';
    }
  }
};

FrenchSummary summary;

bool init() {
  ut::framework::register_observer(summary);
  return true;
}

}  // namespace

int main(int argc, char* argv[]) {
  // Les messages utiles sont ceux de l'observateur et de td4::check ;
  // le journal anglais de Boost.Test reste accessible par --log_level.
  std::vector<char*> args(argv, argv + argc);
  std::string quiet_log = "--log_level=nothing", quiet_report = "--report_level=no";
  bool user_log = false;
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]).rfind("--log_level", 0) == 0) user_log = true;
  if (!user_log) args.push_back(quiet_log.data());
  args.push_back(quiet_report.data());

  ut::unit_test_main(&init, static_cast<int>(args.size()), args.data());

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

// Programme de la question 03 (ex03_excitateur et sol03_excitateur).
#include "td4/answers.hpp"
#include "td4/q03_excitateur.hpp"

#include <algorithm>
#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
  return td4::run_main(argv[0], [&] {
    td4::OnePopulationRun run;
    run.Iext = {0.0, -5.0, 5.0};
    run.w = {0.05};
    td4::CommandLine cli(argv[0],
                         "Question 03 : une population excitatrice (w > 0). Trace r(t) depuis "
                         "r0 = 0 et r0 = rmax, dr/dt contre r, puis dr/dt quand w traverse ses "
                         "valeurs critiques au premier Iext.");
    td4::add_options(cli, run);
    if (!cli.parse(argc, argv)) return;
    td4::validate(run);
    // r(tmax) depuis chaque r0, la bistabilité (deux), puis r(t) pour la figure.
    td4::plan_simulations(run, "simulations de r(t) et bistabilité",
                          2.0 * static_cast<double>(run.initial_rates().size()) + 2);
    // gnuplot et le dossier de sortie vérifiés avant de calculer.
    td4::Plotter plot(run.options.plot);

    // Les prédictions de reponses.txt, à côté du résultat qu'elles annoncent.
    const td4::answers::Sheet answers = td4::answers::for_program("03_excitateur");
    for (const td4::OnePopulation& p : run.populations()) {
      // Tout est calculé avant d'écrire : pas de ligne à moitié écrite.
      const std::string ends = td4::final_rates(run, p, td4::library_simulation(run));
      std::string critical;
      for (double r : td4::q03::critical_points(p)) critical.append(" ").append(td4::number(r));
      const bool two = td4::q03::bistable(p, run.options.tmax, run.options.stepping);
      std::cout << "# " << td4::describe(p) << ", tau = " << p.tau << " : " << ends << '\n'
                << "#   pente de dr/dt nulle en r =" << (critical.empty() ? " (nulle part)" : critical)
                << " ; bistable : " << (two ? "oui" : "non") << '\n';
      if (td4::answers::asked(p, 0.0, 0.05)) {
        const std::vector<td4::FixedPoint> fps = td4::fixed_point_analysis(p);
        const auto stable = std::count_if(fps.begin(), fps.end(), [](const td4::FixedPoint& f) {
          return f.stability == td4::Stability::stable;
        });
        std::cout << td4::answers::predicted_count(answers, "nb_etats_stationnaires",
                                                   "état stationnaire", fps.size())
                  << td4::answers::predicted_count(answers, "nb_etats_stables", "état stable",
                                                   static_cast<std::size_t>(stable));
      }
    }
    td4::q03::draw(run, plot);
  });
}

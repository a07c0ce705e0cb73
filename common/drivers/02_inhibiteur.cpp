// Programme de la question 02 (ex02_inhibiteur et sol02_inhibiteur).
#include "td4/answers.hpp"
#include "td4/one_population_plots.hpp"
#include "td4/q02_inhibiteur.hpp"

#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
  return td4::run_main(argv[0], [&] {
    td4::OnePopulationRun run;
    run.Iext = {0.0, 20.0, 40.0};
    run.w = {-0.1};
    td4::CommandLine cli(argv[0],
                         "Question 02 : une population inhibitrice (w < 0). Trace r(t) depuis "
                         "r0 = 0 et r0 = rmax pour chaque Iext et chaque w, puis dr/dt contre r.");
    td4::add_options(cli, run);
    if (!cli.parse(argc, argv)) return;
    td4::validate(run);
    // r(tmax) depuis chaque r0, puis les mêmes simulations pour la figure.
    td4::plan_simulations(run, "simulations de r(t)",
                          2.0 * static_cast<double>(run.initial_rates().size()));
    // gnuplot et le dossier de sortie vérifiés avant de calculer.
    td4::Plotter plot(run.options.plot);

    // r(tmax) depuis chaque r0, avec votre simulate : pour w < 0, le même état.
    const td4::Simulation simulate = [&run](const td4::OnePopulation& p, double r0) {
      return td4::q02::simulate(p, r0, run.options.tmax, run.options.stepping);
    };
    // Les prédictions de reponses.txt, à côté du résultat qu'elles annoncent.
    const td4::answers::Sheet answers = td4::answers::for_program("02_inhibiteur");
    for (const td4::OnePopulation& p : run.populations()) {
      if (p.w > 0) std::cout << "# attention : w = " << p.w << " > 0 n'est pas inhibiteur\n";
      const std::string ends = td4::final_rates(run, p, simulate);  // avant d'écrire la ligne
      std::cout << "# " << td4::describe(p) << ", tau = " << p.tau << " : " << ends << '\n';
      if (td4::answers::asked(p, 20.0, -0.1)) {
        const std::vector<double> rs = td4::fixed_point_rates(p);
        std::cout << td4::answers::predicted_count(answers, "nb_points_fixes", "point fixe", rs.size());
        if (!rs.empty())
          std::cout << td4::answers::predicted_number(answers, "r_etoile", "r*", " Hz", rs.front());
      }
    }
    td4::q02::draw(run, plot);
  });
}

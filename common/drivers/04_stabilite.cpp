// Programme de la question 04 (ex04_stabilite et sol04_stabilite) : le
// tableau des points fixes (r*, λ, verdict) pour chaque (Iext, w), le taux
// mesuré sur une simulation à côté de λ, la fronce, puis les figures.
#include "td4/answers.hpp"
#include "td4/landmarks.hpp"
#include "td4/maps.hpp"
#include "td4/q04_stabilite.hpp"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Pente de ln|r − r*| sur la simulation depuis factor·r*.
std::string measured(const td4::OnePopulationRun& run, const td4::OnePopulation& p,
                     double r_star, double factor) {
  const td4::Trajectory tr = td4::trajectory(p, factor * r_star, run.options.tmax, run.options.stepping);
  const double rate = td4::measured_rate(tr.t, tr.component(0), r_star);
  return std::isfinite(rate) ? td4::number(rate) : "indéfini";
}

// Au moins 6 chiffres significatifs, plus s'il le faut pour que deux points
// fixes voisins (une paire près d'un nœud-col) s'impriment différemment.
int digits(const std::vector<double>& rs) {
  const auto text = [](double x, int n) {
    std::ostringstream s;
    s.precision(n);
    s << x;
    return s.str();
  };
  int n = 6;
  for (std::size_t i = 1; i < rs.size(); ++i)
    while (n < 17 && text(rs[i], n) == text(rs[i - 1], n)) ++n;
  return n;
}

}  // namespace

int main(int argc, char* argv[]) {
  return td4::run_main(argv[0], [&] {
    td4::OnePopulationRun run;
    run.Iext = {0.0};
    run.w = {0.05, -0.1};
    td4::CommandLine cli(argv[0],
                         "Question 04 : tous les points fixes de chaque (Iext, w), leur stabilité "
                         "par linéarisation (λ) et par simulation depuis 1,01·r* et 0,99·r*, et "
                         "les diagrammes de bifurcation en w et en Iext.");
    td4::add_options(cli, run);
    if (!cli.parse(argc, argv)) return;
    td4::validate(run);
    // Jusqu'à trois points fixes par couple, chacun simulé depuis 1,01·r* et
    // 0,99·r* ici et pour la figure ; puis l'hystérésis : 2 × 61 valeurs de
    // Iext, chacune simulée 10·tau.
    td4::plan_simulations(run, "simulations près des points fixes et hystérésis", 12, 122,
                          10 * run.options.tau,
                          ", ou réduisez --tau (l'hystérésis simule 10·tau par valeur de Iext)");
    // gnuplot et le dossier de sortie vérifiés avant de calculer.
    td4::Plotter plot(run.options.plot);

    // Les prédictions de reponses.txt, à côté du résultat qu'elles annoncent.
    const td4::answers::Sheet answers = td4::answers::for_program("04_stabilite");
    bool first = true;
    for (const td4::OnePopulation& p : run.populations()) {
      // Le bloc est composé puis écrit d'un coup : pas de tableau à moitié écrit.
      std::ostringstream block;
      block.precision(6);
      block << (first ? "" : "\n") << "# Iext = " << p.Iext << "  w = " << p.w
            << "  tau = " << p.tau << "\nr_etoile  lambda  stabilite\n";
      std::ostringstream rates;
      rates.precision(6);
      const std::vector<double> rs = td4::q04::fixed_points(p);
      const int n = digits(rs);
      const bool asked = td4::answers::asked(p, 0.0, 0.05) && rs.size() == 3;
      for (std::size_t k = 0; k < rs.size(); ++k) {
        const double r_star = rs[k];
        const double l = td4::q04::lambda(r_star, p);
        block << std::setprecision(n) << r_star << std::setprecision(6) << "  " << l << "  " << td4::stability_name(td4::q04::stability(l, p.tau))
              << '\n';
        rates << "# r* = " << r_star << " : taux mesuré " << measured(run, p, r_star, 1.01)
              << " depuis 1,01·r*, " << measured(run, p, r_star, 0.99)
              << " depuis 0,99·r* ; λ = " << l << " (1/ms)\n";
        if (asked) {
          const std::string key = "stabilite_r" + std::to_string(k + 1);
          rates << td4::answers::predicted_choice(
              answers, key, {"stable", "instable", "marginal"}, "stabilité de r" + std::to_string(k + 1) + "*",
              td4::stability_name(td4::q04::stability(l, p.tau)));
          if (k == 1 && p.tau == 10.0)
            rates << td4::answers::predicted_number(answers, "lambda_r2", "λ", " 1/ms", l);
        }
      }
      std::cout << block.str() << rates.str();
      first = false;
    }
    // La fronce ne dépend que de Φ : une ligne pour tous les (Iext, w).
    const td4::Cusp c = td4::cusp(run.options.phi);
    std::cout << std::setprecision(9) << "# fronce : Iext = " << c.Iext << "  w = " << c.w
              << "  r = " << c.r << std::endl;
    td4::q04::draw(run, plot);
    const td4::PlotSettings& ps = run.options.plot;
    if (ps.terminal != td4::Terminal::none || ps.data)
      plot.show(td4::cusp_map(run.options.phi, run.populations(), "04_stabilite_fronce",
                              "La fronce : nœuds-cols dans (Iext, w)"));
  });
}

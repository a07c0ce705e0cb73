// Programme de la question 06 (ex06_bump et sol06_bump).
#include "td4/answers.hpp"
#include "td4/cli.hpp"
#include "td4/maps.hpp"
#include "td4/q06_bump.hpp"
#include "td4/work.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string text(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

// Refuse ce que la ligne de commande seule ne peut pas juger.
void validate(const td4::CommonOptions& o, const td4::Cue& cue, double noise) {
  td4::check_step(o.stepping, o.tau, o.tmax);
  if (!(cue.end > cue.start))
    throw td4::UsageError("--stimulus-fin doit être > --stimulus-debut (reçu : début = " +
                          text(cue.start) + ", fin = " + text(cue.end) + ")");
  if (!(cue.end < o.tmax))
    throw td4::UsageError("--stimulus-fin doit être < --tmax : la mémoire se juge après le "
                          "stimulus (reçu : fin = " + text(cue.end) + ", tmax = " +
                          text(o.tmax) + ")");
  if (noise > 0 && o.stepping.method != td4::Method::euler)
    throw td4::UsageError("--bruit > 0 demande --methode euler (Euler–Maruyama) (reçu : --methode " +
                          td4::method_name(o.stepping.method) + ")");
}

}  // namespace

int main(int argc, char* argv[]) {
  return td4::run_main(argv[0], [&] {
    td4::CommonOptions o;
    o.tmax = 2000.0;
    o.stepping.method = td4::Method::euler;
    td4::RingParams p;  // N = 256, Iext = 0, J0 = -0.5, J1 = 1 : le bump persiste
    long N = static_cast<long>(p.N), seed = 1;
    double noise = 0.0;
    td4::Cue cue{60.0, 20.0, 200.0, 400.0};

    td4::CommandLine cli(
        argv[0],
        "Question 06 : l'attracteur en anneau. N populations sur un cercle, couplées par "
        "(J0 + J1·cos(θi − θj))/N ; un stimulus centré sur un angle allume un « bump » "
        "d'activité ; reste-t-il quand le stimulus s'éteint ? Avec --bruit, sa position "
        "diffuse. Les méthodes rk4 et adaptatif (sans bruit) utilisent l'intégrateur de "
        "la bibliothèque, pour comparer.");
    cli.add_common(o)
        .add("Iext", p.Iext, "entrée uniforme de chaque population")
        .add("N", N, "nombre de populations sur l'anneau", 8, 16384)
        .add("J0", p.J0, "couplage uniforme (< 0 : inhibition globale)")
        .add("J1", p.J1, "couplage accordé, facteur de cos(θi − θj)")
        .add("bruit", noise,
             "amplitude σ du bruit additif sur chaque taux (Hz) : "
             "tau·dr = (Φ − r)·dt + σ·√tau·dW",
             td4::Bound::nonnegative)
        .add("graine", seed, "graine du générateur du bruit", 0, 2147483647)
        .add("stimulus-angle", cue.angle_deg, "angle du stimulus (degrés)")
        .add("stimulus-amplitude", cue.amplitude,
             "amplitude A du stimulus A·(1 + cos(θ − angle))/2", td4::Bound::nonnegative)
        .add("stimulus-debut", cue.start, "début du stimulus (ms)", td4::Bound::nonnegative)
        .add("stimulus-fin", cue.end, "fin du stimulus (ms), avant --tmax",
             td4::Bound::nonnegative);
    if (!cli.parse(argc, argv)) return;
    validate(o, cue, noise);
    // gnuplot et le dossier de sortie vérifiés avant de calculer.
    td4::Plotter plot(o.plot);

    p.N = static_cast<std::size_t>(N);
    p.tau = o.tau;
    p.phi = o.phi;
    const td4::Ring ring(p);
    td4::RingSimulation s;
    s.tmax = o.tmax;
    s.stepping = o.stepping;
    // Environ 400 échantillons : assez pour la carte, peu de mémoire.
    s.stepping.output_dt = o.stepping.dt * std::max(1.0, std::round(o.tmax / 400 / o.stepping.dt));
    s.cue = cue;
    s.noise = noise;
    s.seed = static_cast<std::uint64_t>(seed);
    const bool plotting = o.plot.terminal != td4::Terminal::none || o.plot.data;
    s.record_activity = plotting;
    // Une simulation, trois de plus avec du bruit pour la figure ; N taux par
    // pas, chaque pas de RK4 compté trois fois (quatre évaluations).
    const double simulations = noise > 0 && plotting ? 4 : 1;
    const bool rk4 = s.stepping.method == td4::Method::rk4;
    const bool euler = s.stepping.method == td4::Method::euler;
    const double fastest = td4::fastest_rate(p.phi, std::abs(p.J0) + std::abs(p.J1), p.tau);
    // La carte de l'activité : N taux à chaque échantillon.
    if (plotting)
      td4::plan_memory(static_cast<double>(p.N) * std::ceil(s.tmax / s.stepping.output_dt + 1),
                       td4::ring_point_bytes, "activité de l'anneau", "réduisez --N");
    td4::plan_work(simulations * static_cast<double>(p.N) * (rk4 ? 3 : 1) *
                       td4::simulation_steps(s.stepping, s.tmax, fastest),
                   !euler ? td4::ring_rk4_unit_seconds
                   : noise > 0 ? td4::ring_noisy_unit_seconds
                               : td4::ring_unit_seconds,
                   "simulation de l'anneau", "réduisez --N ou --tmax, ou augmentez --dt",
                   o.plot.terminal != td4::Terminal::none);

    // Départ : l'état uniforme, sans bump.
    const double r0 = td4::uniform_rate(p);
    const auto run = [&](const td4::RingSimulation& settings) {
      return o.stepping.method == td4::Method::euler
                 ? td4::q06::simulate(ring, std::vector<double>(p.N, r0), settings)
                 : td4::simulate_ring(ring, std::vector<double>(p.N, r0), settings);
    };
    std::vector<td4::RingRun> runs{run(s)};

    const double J1c = td4::critical_J1(p);
    std::cout << "# anneau : N = " << p.N << "  Iext = " << p.Iext << "  J0 = " << p.J0
              << "  J1 = " << p.J1 << "  tau = " << p.tau << " ms  bruit = " << noise
              << " Hz  graine = " << seed << "  methode = " << td4::method_name(s.stepping.method)
              << "\n# stimulus : angle = " << cue.angle_deg << " deg  amplitude = "
              << cue.amplitude << "  de " << cue.start << " à " << cue.end << " ms"
              << "\n# état uniforme : r0 = " << r0 << " Hz ; J1 critique = 2/Φ'(Iext + J0·r0) = "
              << J1c << (p.J1 < J1c ? " > J1 : l'état uniforme est stable"
                                    : " ≤ J1 : l'état uniforme est instable")
              << "\n# J1 critique = " << std::setprecision(9) << J1c << std::setprecision(6)
              << "\n# amplitude : A1 = 2·|Σ r·e^(iθ)|/(N·rmax) ; bump si A1 > " << td4::persistence_threshold
              << "\nt  position  amplitude\n";
    const std::size_t rows = 20, every = std::max<std::size_t>(1, runs[0].t.size() / rows);
    for (std::size_t k = 0; k < runs[0].t.size(); ++k)
      if (k % every == 0 || k + 1 == runs[0].t.size())
        std::cout << runs[0].t[k] << "  " << runs[0].position_deg[k] << "  "
                  << runs[0].amplitude[k] << '\n';
    // Les prédictions de reponses.txt (valeurs par défaut, J1 = 1 ou 0,5),
    // avant les deux lignes qui terminent les résultats.
    std::ostringstream predicted;
    const td4::RingParams d;
    const td4::Transfer phi;
    if (p.Iext == d.Iext && p.J0 == d.J0 && p.phi.rmax == phi.rmax && p.phi.Ihalf == phi.Ihalf &&
        p.phi.kappa == phi.kappa) {
      const td4::answers::Sheet answers = td4::answers::for_program("06_bump");
      const std::string persists = td4::bump_persists(runs[0].final_r, ring) ? "oui" : "non";
      predicted << td4::answers::predicted_number(answers, "J1_critique", "J1 critique", "", J1c);
      if (p.J1 == 1.0 && noise == 0)
        predicted << td4::answers::predicted_choice(answers, "bump_persiste", {"oui", "non"},
                                                    "bump persistant", persists);
      if (p.J1 == 0.5 && noise == 0)
        predicted << td4::answers::predicted_choice(answers, "bump_persiste_J1_faible",
                                                    {"oui", "non"}, "bump persistant", persists);
    }
    std::cout << predicted.str();
    std::cout << "# position finale = " << td4::q06::decode_position(ring, runs[0].final_r)
              << " deg\n# bump persistant : "
              << (td4::bump_persists(runs[0].final_r, ring) ? "oui" : "non") << std::endl;

    if (!plotting) return;
    // Quelques graines de plus, pour voir la diffusion de la position.
    if (noise > 0) {
      td4::RingSimulation other = s;
      other.record_activity = false;
      for (std::uint64_t k = 1; k <= 3; ++k) {
        other.seed = s.seed + k;
        runs.push_back(run(other));
      }
    }
    td4::q06::draw(ring, s, runs, plot);
    plot.show(td4::ring_phase_diagram(p, 9, "06_bump_diagramme",
                                      "Anneau : état uniforme ou bump dans le plan (J0, J1)"));
  });
}

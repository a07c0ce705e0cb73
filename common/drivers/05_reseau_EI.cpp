// Programme de la question 05 (ex05_reseau_EI et sol05_reseau_EI).
#include "td4/answers.hpp"
#include "td4/cli.hpp"
#include "td4/landmarks.hpp"
#include "td4/maps.hpp"
#include "td4/oscillation.hpp"
#include "td4/q05_reseau_EI.hpp"
#include "td4/work.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string show(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

// Tous les jeux de paramètres : chaque liste d'options, combinée avec les autres.
std::vector<td4::EIPair> combinations(const td4::Transfer& phi,
                                      const std::vector<std::vector<double>>& lists) {
  std::vector<td4::EIPair> out{td4::EIPair{}};
  out.front().transfer = phi;
  double td4::EIPair::*fields[] = {&td4::EIPair::IextE, &td4::EIPair::IextI, &td4::EIPair::wEE,
                                   &td4::EIPair::wEI,   &td4::EIPair::wIE,   &td4::EIPair::wII,
                                   &td4::EIPair::tauE,  &td4::EIPair::tauI};
  for (std::size_t k = 0; k < lists.size(); ++k) {
    std::vector<td4::EIPair> next;
    for (const td4::EIPair& p : out)
      for (double v : lists[k]) {
        next.push_back(p);
        next.back().*fields[k] = v;
      }
    out = next;
  }
  return out;
}

// Le bloc de résultats d'un jeu : points fixes, puis le cycle limite s'il y
// en a un sur la simulation depuis (rE0, rI0). Calculé en entier avant
// d'être écrit : jamais de bloc à moitié écrit.
// Les valeurs par défaut du programme, sauf peut-être IextE : celles des
// questions de reponses.txt.
bool asked(const td4::EIPair& p, double IextE) {
  const td4::EIPair d;
  const td4::Transfer phi;
  return p.IextE == IextE && p.IextI == d.IextI && p.wEE == d.wEE && p.wEI == d.wEI &&
         p.wIE == d.wIE && p.wII == d.wII && p.tauE == d.tauE && p.tauI == d.tauI &&
         p.transfer.rmax == phi.rmax && p.transfer.Ihalf == phi.Ihalf &&
         p.transfer.kappa == phi.kappa;
}

// Les prédictions de reponses.txt, sous les résultats qu'elles annoncent.
std::string predictions(const td4::answers::Sheet& answers, const td4::EIPair& p,
                        const std::vector<td4::EIFixedPoint>& fps, const td4::Oscillation& o) {
  namespace a = td4::answers;
  std::string out;
  if (asked(p, td4::EIPair{}.IextE)) {
    out += a::predicted_count(answers, "nb_points_fixes", "point fixe", fps.size());
    if (fps.size() == 1)
      out += a::predicted_choice(answers, "nature",
                                 {"noeud_stable", "foyer_stable", "noeud_instable",
                                  "foyer_instable", "selle", "centre"},
                                 "nature du point fixe", td4::nature_name(fps[0].nature));
    out += a::predicted_choice(answers, "oscille", {"oui", "non"}, "oscillation entretenue",
                               o.sustained ? "oui" : "non");
    if (o.sustained) out += a::predicted_number(answers, "periode", "période", " ms", o.period);
  } else if (asked(p, 0.0)) {
    out += a::predicted_count(answers, "nb_points_fixes_IextE0", "point fixe", fps.size());
  }
  return out;
}

std::string block(const td4::EIPair& p, const td4::q05::Setup& s,
                  const td4::answers::Sheet& answers) {
  std::ostringstream out;
  out << "# IextE = " << p.IextE << "  IextI = " << p.IextI << "  wEE = " << p.wEE
      << "  wEI = " << p.wEI << "  wIE = " << p.wIE << "  wII = " << p.wII
      << "  tauE = " << p.tauE << "  tauI = " << p.tauI << '\n'
      << "rE  rI  re_lambda1  im_lambda1  re_lambda2  im_lambda2  nature\n";
  out << std::setprecision(9);
  const std::vector<td4::EIFixedPoint> fps = td4::q05::fixed_points(p);
  for (const td4::EIFixedPoint& fp : fps)
    out << fp.rE << "  " << fp.rI << "  " << fp.lambda1.real() << "  " << fp.lambda1.imag()
        << "  " << fp.lambda2.real() << "  " << fp.lambda2.imag() << "  "
        << td4::nature_name(fp.nature) << '\n';
  const td4::Trajectory tr = td4::q05::simulate(p, s.rE0, s.rI0, s.tmax, s.stepping);
  const td4::Oscillation o = td4::measure_oscillation(tr.t, tr.component(0), 0.5 * s.tmax);
  out << std::setprecision(6);
  if (o.sustained) {
    out << "# cycle limite : periode = " << o.period << " ms\n"
        << "#   rE oscille entre " << o.min << " et " << o.max << " Hz (mesuré de "
        << 0.5 * s.tmax << " à " << s.tmax << " ms)\n";
  } else {
    out << "# pas de cycle limite depuis (rE0, rI0) = (" << s.rE0 << ", " << s.rI0
        << ") : à t = " << s.tmax << " ms, rE = " << tr.x.back()[0]
        << " Hz, rI = " << tr.x.back()[1] << " Hz\n";
  }
  out << predictions(answers, p, fps, o);
  return out.str();
}

}  // namespace

int main(int argc, char* argv[]) {
  return td4::run_main(argv[0], [&] {
    td4::CommonOptions o;
    o.tmax = 1000.0;
    const td4::EIPair d;
    std::vector<double> IextE{d.IextE}, IextI{d.IextI}, wEE{d.wEE}, wEI{d.wEI}, wIE{d.wIE},
        wII{d.wII}, tauE, tauI;
    double rE0 = 0.0, rI0 = 0.0;
    td4::CommandLine cli(
        argv[0],
        "Question 05 : deux populations couplées, excitatrice (E) et inhibitrice (I).\n"
        "  tauE·drE/dt = Φ(IextE + wEE·rE + wEI·rI) − rE\n"
        "  tauI·drI/dt = Φ(IextI + wIE·rE + wII·rI) − rI\n"
        "Affiche chaque point fixe (taux, valeurs propres en 1/ms, nature) et la période "
        "du cycle limite s'il y en a un ; trace rE(t) et rI(t), le plan de phase et les "
        "oscillations de rE quand wEE varie. Chaque option de poids, de courant ou de "
        "constante de temps accepte une liste : un bloc de résultats par combinaison, "
        "les figures pour la première.");
    cli.add_common(o)
        .add("IextE", IextE, "courant extérieur reçu par E")
        .add("IextI", IextI, "courant extérieur reçu par I")
        .add("wEE", wEE, "poids de E vers E")
        .add("wEI", wEI, "poids de I vers E (< 0 : inhibition)")
        .add("wIE", wIE, "poids de E vers I")
        .add("wII", wII, "poids de I vers I, ≤ 0")
        .add("tauE", tauE, "constante de temps de E (ms ; par défaut celle de --tau)", td4::Bound::positive)
        .add("tauI", tauI, "constante de temps de I (ms ; par défaut celle de --tau)", td4::Bound::positive)
        .add("rE0", rE0, "taux initial de E (Hz), au plus rmax", td4::Bound::nonnegative)
        .add("rI0", rI0, "taux initial de I (Hz), au plus rmax", td4::Bound::nonnegative);
    if (!cli.parse(argc, argv)) return;

    for (double w : wII)
      if (w > 0)
        throw td4::UsageError("--wII doit être ≤ 0 : I est inhibitrice, et rI doit être unique "
                              "sur son isocline (reçu : " + show(w) + ")");
    for (const auto& [name, value] : {std::pair<const char*, double>{"rE0", rE0}, {"rI0", rI0}})
      if (value > o.phi.rmax)
        throw td4::UsageError(std::string("--") + name + " doit être dans [0, rmax] = [0, " +
                              show(o.phi.rmax) + "] (reçu : " + show(value) + ")");
    if (tauE.empty()) tauE = {o.tau};
    if (tauI.empty()) tauI = {o.tau};
    const double fastest = std::min(*std::min_element(tauE.begin(), tauE.end()),
                                    *std::min_element(tauI.begin(), tauI.end()));
    td4::check_step(o.stepping, fastest, o.tmax);
    // Une simulation par combinaison ; pour les figures de la première :
    // r(t), sept départs au plus dans le plan de phase, 61 valeurs de wEE
    // (jusqu'à 1,5·wEE).
    const auto largest = [](const std::vector<double>& v) {
      double m = 0;
      for (double x : v) m = std::max(m, std::abs(x));
      return m;
    };
    double combinations_count = 1;
    for (const auto* list : {&IextE, &IextI, &wEE, &wEI, &wIE, &wII, &tauE, &tauI})
      combinations_count *= static_cast<double>(list->size());
    const double stiffest = std::max(
        td4::fastest_rate(o.phi, std::max(0.15, 1.5 * largest(wEE)) + largest(wEI), fastest),
        td4::fastest_rate(o.phi, largest(wIE) + largest(wII), fastest));
    // Gardées pour les figures : r(t) et sept départs dans le plan de phase
    // (celles du zoom s'arrêtent à 50 constantes de temps).
    if (o.plot.terminal != td4::Terminal::none || o.plot.data)
      td4::plan_memory(8 * std::ceil(o.tmax / o.stepping.dt), td4::pair_point_bytes,
                       "trajectoires de la paire", "réduisez --tmax ou augmentez --dt");
    td4::plan_work(2 * (combinations_count + 69) *
                       td4::simulation_steps(o.stepping, o.tmax, stiffest),
                   td4::pair_unit_seconds, "simulations de la paire E–I et balayage de wEE",
                   "réduisez --tmax ou le nombre de valeurs des listes, ou augmentez --dt",
                   o.plot.terminal != td4::Terminal::none);
    // gnuplot et le dossier de sortie vérifiés avant de calculer.
    td4::Plotter plot(o.plot);

    const auto pairs = combinations(o.phi, {IextE, IextI, wEE, wEI, wIE, wII, tauE, tauI});
    td4::q05::Setup setup;
    setup.rE0 = rE0;
    setup.rI0 = rI0;
    setup.tmax = o.tmax;
    setup.stepping = o.stepping;
    const td4::answers::Sheet answers = td4::answers::for_program("05_reseau_EI");
    for (std::size_t k = 0; k < pairs.size(); ++k)
      std::cout << (k ? "\n" : "") << block(pairs[k], setup, answers) << std::flush;

    // Les bifurcations de Hopf le long du balayage en wEE que trace draw.
    const td4::EIPair& first = pairs.front();
    std::cout << std::setprecision(12);
    for (const td4::HopfPoint& h :
         td4::hopf_points(first, td4::EIParameter::wEE, 0.0, td4::wEE_sweep_top(first)))
      std::cout << "# Hopf : wEE = " << h.value << '\n';
    std::cout << std::flush;

    setup.pair = first;
    td4::q05::draw(setup, plot);
    if (o.plot.terminal == td4::Terminal::none && !o.plot.data) return;
    if (const auto zoom = td4::phase_plane_zoom(first, o.tmax, o.stepping,
                                                "05_reseau_EI_plan_de_phase_zoom"))
      plot.show(*zoom);
    plot.show(td4::ei_map(first, td4::wEE_sweep_top(first), 40, "05_reseau_EI_carte",
                            "Réseau E–I : points fixes, Hopf et nœuds-cols dans le plan (wEE, IextE)"));
  });
}

// Question 05 : le couple E–I de l'exercice, comparé à des calculs
// indépendants (formules écrites ici avec Φ, points fixes imposés par Φ⁻¹,
// changements de signe sur une grille, différences finies, trace et
// déterminant, simulation de la bibliothèque et seconde mesure de la période).
#include "td4/q05_reseau_EI.hpp"

#include "td4/oscillation.hpp"

#include "check.hpp"
#include "ei_pair_cases.hpp"
#include "reseau_EI_dependencies.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {

// Des jeux aux poids tous différents et τE ≠ τI, pour qu'une inversion de
// poids ou de constante de temps se voie.
const EIPair mixed[] = {pair(5, -20, 0.1, -0.13, 0.07, 0, 10, 4),
                        pair(-3, 2, 0.05, -0.2, 0.15, -0.06, 3, 17)};

std::string at(double rE, double rI) { return " en (rE, rI) = (" + num(rE) + ", " + num(rI) + ")"; }

// Les deux équations écrites ici, directement.
double fE(const EIPair& p, double rE, double rI) {
  return (phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE) / p.tauE;
}
double fI(const EIPair& p, double rE, double rI) {
  return (phi(p.IextI + p.wIE * rE + p.wII * rI, p.transfer) - rI) / p.tauI;
}

// Un cas qui passe par plusieurs fonctions de l'exercice : faux si l'une
// d'elles l'est (et l'écart l'accuse), sans rien vérifier d'autre.
bool after(const std::string& first_wrong) {
  return first_wrong.empty() || check::needs(first_wrong, false);
}

bool is_focus(Nature n) {
  return n == Nature::foyer_stable || n == Nature::foyer_instable || n == Nature::centre;
}

// La piste d'une nature fausse, d'après ce qui a été confondu.
std::string nature_hint(const Jacobian& J, Nature expected, Nature got) {
  const double T = J.a + J.d, D = J.a * J.d - J.b * J.c;
  if (expected == Nature::centre)
    return "T = " + num(T) + " n'est pas exactement 0, mais nulle aux arrondis près : comparez "
           "|T| ≤ 1e-9·(|a| + |d|), pas T == 0.";
  if (got == Nature::centre)
    return "T = " + num(T) + " est petite, mais pas devant |a| + |d| = " +
           num(std::abs(J.a) + std::abs(J.d)) + " : la tolérance est relative, 1e-9·(|a| + |d|), "
           "pas un seuil fixe.";
  if (expected == Nature::selle || got == Nature::selle)
    return "D = " + num(D) + " : une selle si et seulement si D < 0 (à tester d'abord).";
  if (is_focus(expected) != is_focus(got))
    return "T² = " + num(T * T) + ", 4D = " + num(4 * D) + " : foyer si T² < 4D (valeurs "
           "propres complexes), nœud sinon.";
  return "T = " + num(T) + " : stable si T < 0, instable si T > 0.";
}

std::string matrix(const Jacobian& J) {
  return "[[" + num(J.a) + ", " + num(J.b) + "], [" + num(J.c) + ", " + num(J.d) + "]]";
}

}  // namespace

BOOST_AUTO_TEST_CASE(equations, *boost::unit_test::description(
                                    "drE/dt et drI/dt : les deux équations du TD, τE ≠ τI")) {
  for (const EIPair& p : mixed)
    for (double rE : {0.0, 37.0, 260.0})
      for (double rI : {0.0, 80.0, 410.0}) {
        const double PE = phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer);
        const double PI = phi(p.IextI + p.wIE * rE + p.wII * rI, p.transfer);
        check::close(q05::drEdt(rE, rI, p), fE(p, rE, rI), 1e-12, "drE/dt" + at(rE, rI) + with(p),
                     "τE·drE/dt = Φ(IextE + wEE·rE + wEI·rI) − rE.",
                     {{PE - rE, "divisez par τE : drE/dt = (Φ(…) − rE)/τE."},
                      {(phi(p.IextI + p.wEE * rE + p.wEI * rI, p.transfer) - rE) / p.tauE,
                       "c'est le courant IextI : celui de E est IextE."},
                      {(phi(p.IextE + p.wEE * rE + p.wIE * rI, p.transfer) - rE) / p.tauE,
                       "wEI multiplie rI (de I vers E), et non wIE."},
                      {PE - rE / p.tauE, "des parenthèses : (Φ(…) − rE)/τE, τE divise tout."},
                      {(PE - rE) / p.tauI, "c'est τE qui divise l'équation de E, pas τI."}});
        check::close(q05::drIdt(rE, rI, p), fI(p, rE, rI), 1e-12, "drI/dt" + at(rE, rI) + with(p),
                     "τI·drI/dt = Φ(IextI + wIE·rE + wII·rI) − rI : wIE multiplie rE (de E vers "
                     "I), et c'est τI, pas τE, qui divise.",
                     {{PI - rI, "divisez par τI : drI/dt = (Φ(…) − rI)/τI."},
                      {PI - rI / p.tauI, "des parenthèses : (Φ(…) − rI)/τI, τI divise tout."},
                      {(PI - rI) / p.tauE, "c'est τI qui divise l'équation de I, pas τE."},
                      {(PI - rE) / p.tauI, "c'est − rI dans l'équation de I, pas − rE."}});
      }
}

BOOST_AUTO_TEST_CASE(simulation, *boost::unit_test::description(
                                     "simulate : la même trajectoire que la bibliothèque")) {
  if (!equations_first()) return;
  for (const EIPair& p : mixed)
    for (Method m : {Method::euler, Method::rk4, Method::adaptive}) {
      Stepping s;
      s.method = m;
      s.dt = 0.05;
      s.output_dt = 0.5;
      const Trajectory mine = q05::simulate(p, 12.0, 250.0, 60.0, s);
      const Trajectory ref = trajectory(p, 12.0, 250.0, 60.0, s);
      const Trajectory swapped = trajectory(p, 250.0, 12.0, 60.0, s);
      if (!check::that(mine.t.size() == ref.t.size() && mine.x.back().size() == 2,
                       "nombre d'échantillons (" + method_name(m) + ")" + with(p),
                       num(mine.t.size()) + " au lieu de " + num(ref.t.size()),
                       "passez s tel quel à td4::integrate, avec l'état {rE0, rI0} et t de 0 à tmax."))
        continue;
      check::close(mine.t.back(), 60.0, 1e-12, "dernier instant");
      for (int c : {0, 1})
        check::close(mine.x.back()[c], ref.x.back()[c], 1e-9,
                     std::string(c ? "rI" : "rE") + "(60 ms) depuis (12, 250), " + method_name(m) +
                         with(p),
                     "le système remplit dxdt[0] = drE/dt et dxdt[1] = drI/dt, dans cet ordre.",
                     {{swapped.x.back()[c], "l'état initial est State{rE0, rI0} : rE d'abord."}});
    }
}

BOOST_AUTO_TEST_CASE(isoclines, *boost::unit_test::description(
                                    "isoclines : drE/dt = 0 et drI/dt = 0 sur leurs courbes")) {
  for (const EIPair& p : mixed) {
    for (double rE : {1e-3, 3.0, 120.0, 499.0}) {
      const double rI = q05::e_nullcline(rE, p);
      check::that(std::abs(fE(p, rE, rI)) * p.tauE <= 1e-9 * p.transfer.rmax,
                  "drE/dt = 0 sur l'isocline E en rE = " + num(rE) + with(p),
                  "drE/dt = " + num(fE(p, rE, rI)) + " en rI = " + num(rI),
                  "de rE = Φ(IextE + wEE·rE + wEI·rI), tirez rI = (Φ⁻¹(rE) − IextE − wEE·rE)/wEI.");
      const double rJ = q05::i_nullcline(rE, p);
      check::that(std::abs(fI(p, rE, rJ)) * p.tauI <= 1e-12 * p.transfer.rmax,
                  "drI/dt = 0 sur l'isocline I en rE = " + num(rE) + with(p),
                  "drI/dt = " + num(fI(p, rE, rJ)) + " en rI = " + num(rJ),
                  p.wII == 0.0 ? "avec wII = 0, rI = Φ(IextI + wIE·rE)."
                               : "avec wII ≠ 0, rI est des deux côtés : gardez la première ligne "
                                 "du sujet, td4::i_nullcline_rate(p, rE).");
    }
    for (double rE : {0.0, p.transfer.rmax, -1.0})
      check::throws_domain_error([&] { (void)q05::e_nullcline(rE, p); },
                                 "isocline E en rE = " + num(rE) + " : hors du domaine de Φ⁻¹",
                                 "Φ⁻¹ n'existe que sur (0, rmax) : td4::phi_inv le signale.");
  }
}

BOOST_AUTO_TEST_CASE(equation_reduite, *boost::unit_test::description(
                                           "g(rE) et sa dérivée g'(rE)")) {
  if (!check::needs("i_nullcline", i_nullcline_is_right())) return;
  for (const EIPair& p : mixed)
    for (double rE : {0.0, 25.0, 140.0, 333.0, 500.0}) {
      const double rI = rI_on_I(p, rE), IE = p.IextE + p.wEE * rE + p.wEI * rI;
      const double g = phi(IE, p.transfer) - rE;
      check::close(q05::reduced(rE, p), g, 1e-10, "g(" + num(rE) + ")" + with(p),
                   "g(rE) = Φ(IextE + wEE·rE + wEI·rI(rE)) − rE, avec rI(rE) sur l'isocline I.",
                   {{g + rE, "le « − rE » manque : g(rE) = Φ(…) − rE."},
                    {phi(p.IextE + p.wEE * rE, p.transfer) - rE,
                     "le terme wEI·rI(rE) manque dans le courant reçu par E."}});
      if (rE <= 0.0 || rE >= p.transfer.rmax) continue;
      // Comparée à la dérivée exacte, pas à une différence finie de votre g :
      // une erreur dans reduced n'accuse pas reduced_slope.
      const double dE = phi_prime(IE, p.transfer);
      const double dI = phi_prime(p.IextI + p.wIE * rE + p.wII * rI, p.transfer);
      const double slope = dI * p.wIE / (1 - p.wII * dI), exact = td4::reduced_slope(p, rE);
      check::close(q05::reduced_slope(rE, p), exact, 1e-9, "g'(" + num(rE) + ")" + with(p),
                   "dérivée en chaîne : g' = Φ'(IE)·(wEE + wEI·drI/drE) − 1, "
                   "drI/drE = Φ'(II)·wIE/(1 − wII·Φ'(II)).",
                   {{exact + 1, "le « − 1 » manque : la dérivée de − rE."},
                    {dE * p.wEE - 1, "le terme wEI·drI/drE manque : rI dépend de rE le long de "
                                     "l'isocline I (dérivée d'une composée)."},
                    {dE * (p.wEE + p.wEI * dI * p.wIE) - 1,
                     "drI/drE = Φ'(II)·wIE/(1 − wII·Φ'(II)) : la division par (1 − wII·Φ'(II)) "
                     "manque (elle compte quand wII ≠ 0)."},
                    {dE * (p.wEE + p.wEI * slope), "le « − 1 » manque : la dérivée de − rE."}});
    }
}

BOOST_AUTO_TEST_CASE(points_fixes_tous, *boost::unit_test::description(
                                            "tous les points fixes : imposés, serrés, sur une grille")) {
  if (!check::needs("reduced", reduced_is_right()) ||
      !check::needs("reduced_slope", reduced_slope_is_right()))
    return;
  const std::string hint =
      "une grille, même fine, manque deux racines plus proches que son pas : "
      "td4::all_roots avec td4::reduced_bounds(p) n'en manque aucune.";
  // Trois points fixes choisis.
  {
    const EIPair p = through(20.0, 60.0, 250.0, -20.0, 0.1, 10.0, 4.0);
    const auto found = q05::fixed_point_rates(p);
    for (double rk : {20.0, 60.0, 250.0})
      check::that(contains(found, rk, 1e-9 * rk), "point fixe rE = " + num(rk) + with(p),
                  num(found.size()) + " point(s) trouvé(s)", hint);
    check::that(std::is_sorted(found.begin(), found.end()), "points fixes triés" + with(p), "non");
  }
  // Deux points fixes à 1e-3 l'un de l'autre (IextE juste sous un maximum
  // local de K, voir close_pair).
  {
    const ClosePair c = close_pair(pair(0, -20, 0.1, -0.1, 0.1, 0, 7, 3));
    const EIPair& p = c.p;
    const double r1 = c.r1, r2 = c.r2;
    const auto found = q05::fixed_point_rates(p);
    for (double rk : {r1, r2})
      check::that(contains(found, rk, 1e-5), "point fixe rE = " + num(rk) + ", à " +
                  num(r2 - r1) + " de son voisin" + with(p),
                  num(found.size()) + " point(s) trouvé(s)", hint);
    check::that(found.size() == 3, "nombre de points fixes" + with(p), num(found.size()), hint);
  }
  // Sur une grille de paramètres, autant de points que de changements de signe.
  for (double IextE : {-20.0, 0.0, 5.0})
    for (double wEE : {0.03, 0.1, 0.2})
      for (double wII : {0.0, -0.1}) {
        const EIPair p = pair(IextE, -20, wEE, -0.1, 0.1, wII, 10, 6);
        const auto found = q05::fixed_point_rates(p);
        const int expected = sign_changes(p, 4000);
        check::that(static_cast<int>(found.size()) == expected, "nombre de points fixes" + with(p),
                    num(found.size()) + " au lieu de " + num(expected),
                    "cherchez sur tout [0, rmax] ; chaque point une seule fois.");
        for (double rE : found)
          check::close(phi(p.IextE + p.wEE * rE + p.wEI * rI_on_I(p, rE), p.transfer), rE, 1e-9,
                       "Φ(IextE + wEE·rE* + wEI·rI*) = rE* en rE* = " + num(rE) + with(p));
      }
}

BOOST_AUTO_TEST_CASE(jacobienne, *boost::unit_test::description(
                                     "jacobienne contre différences finies des équations")) {
  for (const EIPair& p : mixed)
    for (double rE : {10.0, 150.0, 320.0})
      for (double rI : {5.0, 200.0}) {
        const Jacobian J = q05::jacobian(rE, rI, p);
        const double h = 1e-4;
        const double a = (fE(p, rE + h, rI) - fE(p, rE - h, rI)) / (2 * h);
        const double b = (fE(p, rE, rI + h) - fE(p, rE, rI - h)) / (2 * h);
        const double c = (fI(p, rE + h, rI) - fI(p, rE - h, rI)) / (2 * h);
        const double d = (fI(p, rE, rI + h) - fI(p, rE, rI - h)) / (2 * h);
        const std::string hint =
            "dérivez Φ(IE) − rE : ∂/∂rE = (wEE·Φ'(IE) − 1)/τE, ∂/∂rI = wEI·Φ'(IE)/τE, "
            "avec Φ' au courant total IE (et de même pour I).";
        const std::string tau_E = "divisez par τE toute la ligne de E (a et b) ; par τI celle de I.";
        const std::string minus_one =
            "le « − 1 » (la dérivée de − rE, ou de − rI) est sur la diagonale : a et d.";
        const std::string not_total =
            "Φ' se prend au courant total reçu (IE = IextE + wEE·rE + wEI·rI, II de même).";
        const double gE = phi_prime(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer);
        const double gI = phi_prime(p.IextI + p.wIE * rE + p.wII * rI, p.transfer);
        check::close(J.a, a, 1e-7, "∂(drE/dt)/∂rE" + at(rE, rI) + with(p), hint,
                     {{a * p.tauE, tau_E}, {a * p.tauE / p.tauI, tau_E},
                      {p.wEE * gE / p.tauE, minus_one},
                      {(p.wEE * phi_prime(p.IextE + p.wEE * rE, p.transfer) - 1) / p.tauE, not_total}});
        check::close(J.b, b, 1e-7, "∂(drE/dt)/∂rI" + at(rE, rI) + with(p), hint,
                     {{b * p.tauE, tau_E}, {b * p.tauE / p.tauI, tau_E},
                      {p.wIE * gE / p.tauE, "b vient de wEI (de I vers E), pas de wIE."},
                      {(p.wEI * gE - 1) / p.tauE, minus_one}});
        check::close(J.c, c, 1e-7, "∂(drI/dt)/∂rE" + at(rE, rI) + with(p), hint,
                     {{c * p.tauI, tau_E}, {c * p.tauI / p.tauE, tau_E},
                      {p.wEI * gI / p.tauI, "c vient de wIE (de E vers I), pas de wEI."},
                      {(p.wIE * gI - 1) / p.tauI, minus_one}});
        check::close(J.d, d, 1e-7, "∂(drI/dt)/∂rI" + at(rE, rI) + with(p), hint,
                     {{d * p.tauI, tau_E}, {d * p.tauI / p.tauE, tau_E},
                      {p.wII * gI / p.tauI, minus_one}});
      }
}

BOOST_AUTO_TEST_CASE(valeurs_propres, *boost::unit_test::description(
                                          "valeurs propres : somme = trace, produit = déterminant")) {
  const Jacobian cases[] = {{-1, 0, 0, -2},     {1, -2, 2, 1},   {0.3, -0.5, 0.5, -0.1},
                            {2, 3, 1, -4},      {-0.05, -0.4, 0.3, -0.02}, {0.01, 0.2, -0.3, 0.02}};
  for (const Jacobian& J : cases) {
    const auto [l1, l2] = q05::eigenvalues(J);
    const std::string what = " de J = [[" + num(J.a) + ", " + num(J.b) + "], [" + num(J.c) +
                             ", " + num(J.d) + "]]";
    const double T = J.a + J.d, D = J.a * J.d - J.b * J.c;
    check::that(std::abs(l1 + l2 - T) <= 1e-12, "λ1 + λ2 = trace" + what,
                "λ1 + λ2 = " + num((l1 + l2).real()) + " + " + num((l1 + l2).imag()) + "i, trace " +
                    num(T),
                "λ = T/2 ± √(T²/4 − D).");
    check::that(std::abs(l1 * l2 - D) <= 1e-12, "λ1·λ2 = déterminant" + what,
                "λ1·λ2 = " + num((l1 * l2).real()) + ", déterminant " + num(D),
                "λ = T/2 ± √(T²/4 − D) ; complexes quand T²/4 < D : T/2 ± i·√(D − T²/4).");
    check::that(l1.real() >= l2.real() && l1.imag() >= 0 && std::abs(l1.imag() + l2.imag()) < 1e-15,
                "λ1 d'abord (plus grande partie réelle, Im λ1 ≥ 0)" + what,
                "λ1 = " + num(l1.real()) + " + " + num(l1.imag()) + "i",
                "λ1 = T/2 + √(T²/4 − D), la racine avec « + » ; complexes : λ1 = T/2 + i·√(D − T²/4), "
                "partie imaginaire positive.");
  }
}

BOOST_AUTO_TEST_CASE(natures, *boost::unit_test::description(
                                  "nature : nœud, foyer, selle, centre")) {
  const std::pair<Jacobian, Nature> cases[] = {
      {{-1, 0, 0, -2}, Nature::noeud_stable},  {{1, 0, 0, 2}, Nature::noeud_instable},
      {{1, 0, 0, -1}, Nature::selle},          {{-1, -2, 2, -1}, Nature::foyer_stable},
      {{1, -2, 2, 1}, Nature::foyer_instable}, {{0, -1, 1, 0}, Nature::centre},
      {{-0.3, 1, -0.01, -0.1}, Nature::noeud_stable}, {{0.5, 2, -0.1, 0.1}, Nature::foyer_instable},
      // T = 0,1 + 0,2 − 0,3 ≈ 5,6e-17 : nul aux arrondis près (centre) ;
      {{0.1 + 0.2, -1, 1, -0.3}, Nature::centre}, {{-0.3, -1, 1, 0.1 + 0.2}, Nature::centre},
      // T = 3e-10, petite mais grande devant |a| + |d| = 3e-10 × 1e-9 : un foyer.
      {{3e-10, -1, 1, 0}, Nature::foyer_instable}, {{0, -2, 0.5, -3e-10}, Nature::foyer_stable}};
  for (const auto& [J, n] : cases) {
    const Nature got = q05::classify(J);
    check::that(got == n, "nature de " + matrix(J) + " : " + nature_name(n), nature_name(got),
                nature_hint(J, n, got));
  }
}

BOOST_AUTO_TEST_CASE(points_fixes_complets, *boost::unit_test::description(
                                                "fixed_points : (rE, rI), J, λ et nature ensemble")) {
  if (!after(first_wrong_for_fixed_points())) return;
  struct Case {
    EIPair p;
    std::vector<Nature> natures;
  };
  const Case cases[] = {
      {pair(5, -20, 0.1, -0.1, 0.1, 0, 10, 10), {Nature::foyer_instable}},
      {pair(5, -20, 0.03, -0.1, 0.1, 0, 10, 10), {Nature::foyer_stable}},
      {pair(0, -20, 0.1, -0.1, 0.1, 0, 10, 10),
       {Nature::noeud_stable, Nature::selle, Nature::foyer_instable}},
      {pair(0, -20, 0.1, -0.1, 0.1, 0, 4, 13),
       {Nature::noeud_stable, Nature::selle, Nature::foyer_instable}}};
  for (const Case& c : cases) {
    const auto fps = q05::fixed_points(c.p);
    if (!check::that(fps.size() == c.natures.size(), "nombre de points fixes" + with(c.p),
                     num(fps.size()) + " au lieu de " + num(c.natures.size())))
      continue;
    for (std::size_t k = 0; k < fps.size(); ++k) {
      const EIFixedPoint& fp = fps[k];
      check::that(std::max(std::abs(fE(c.p, fp.rE, fp.rI)) * c.p.tauE,
                           std::abs(fI(c.p, fp.rE, fp.rI)) * c.p.tauI) <= 1e-9 * c.p.transfer.rmax,
                  "les deux équations" + at(fp.rE, fp.rI) + with(c.p),
                  "drE/dt = " + num(fE(c.p, fp.rE, fp.rI)) + ", drI/dt = " + num(fI(c.p, fp.rE, fp.rI)),
                  "rI* est sur l'isocline I : rI* = i_nullcline(rE*).");
      const double T = fp.J.a + fp.J.d, D = fp.J.a * fp.J.d - fp.J.b * fp.J.c;
      check::close((fp.lambda1 + fp.lambda2).real(), T, 1e-9, "λ1 + λ2 = trace de J" + with(c.p));
      check::close((fp.lambda1 * fp.lambda2).real(), D, 1e-9, "λ1·λ2 = déterminant" + with(c.p));
      check::that(fp.lambda1.real() >= fp.lambda2.real() && fp.lambda1.imag() >= 0,
                  "λ1 d'abord (plus grande partie réelle, Im λ1 ≥ 0)" + at(fp.rE, fp.rI) + with(c.p),
                  "λ1 = " + num(fp.lambda1.real()) + " + " + num(fp.lambda1.imag()) + "i",
                  "rangez les valeurs propres telles que eigenvalues(J) les renvoie : {λ1, λ2}.");
      check::close(fp.J.a, jacobian_matrix(c.p, fp.rE, fp.rI).a, 1e-9,
                   "J au point fixe" + at(fp.rE, fp.rI) + with(c.p),
                   "J = jacobian(rE*, rI*, p), au point fixe lui-même.");
      check::that(fp.nature == c.natures[k], "nature du point " + num(k + 1) + at(fp.rE, fp.rI) +
                  with(c.p), nature_name(fp.nature) + " au lieu de " + nature_name(c.natures[k]),
                  "la nature est classify(J), avec le J de ce point fixe.");
    }
  }
}

BOOST_AUTO_TEST_CASE(cycle_limite, *boost::unit_test::description(
                                       "cycle limite : sa période, par une seconde mesure")) {
  if (!equations_first() ||
      !check::needs("simulate", simulate_is_right()))
    return;
  for (const EIPair& p : {pair(5, -20, 0.1, -0.1, 0.1, 0, 10, 10), pair(5, -20, 0.1, -0.1, 0.1, 0, 6, 9)}) {
    const Trajectory a = q05::simulate(p, 0.0, 0.0, 1000.0, rk4(0.05));
    const Oscillation o = measure_oscillation(a.t, a.component(0), 500.0);
    if (!check::that(o.sustained, "cycle limite depuis (0, 0)" + with(p), "oscillation amortie ou absente"))
      continue;
    // Dormand–Prince à 1e-10 et passages montants au niveau moyen.
    Stepping fine;
    fine.method = Method::adaptive;
    fine.dt = fine.output_dt = 0.01;
    fine.abs_tol = fine.rel_tol = 1e-10;
    const Trajectory b = trajectory(p, 0.0, 0.0, 1000.0, fine);
    const auto up = upward_crossings(b.t, b.component(0), 0.5 * (o.min + o.max), 500.0);
    BOOST_REQUIRE(up.size() >= 3);
    check::close(o.period, (up.back() - up.front()) / static_cast<double>(up.size() - 1), 1e-4,
                 "période du cycle (ms)" + with(p));
  }
}

BOOST_AUTO_TEST_CASE(foyer_amorti, *boost::unit_test::description(
                                       "foyer stable : l'oscillation amortie a la pulsation Im λ")) {
  if (!after(first_wrong_for_fixed_points())) return;
  const EIPair p = pair(5, -20, 0.03, -0.1, 0.1, 0, 8, 12);
  const auto fps = q05::fixed_points(p);
  if (!check::that(fps.size() == 1 && fps[0].nature == Nature::foyer_stable,
                   "un foyer stable" + with(p), num(fps.size()) + " point(s)"))
    return;
  // Petite perturbation : x(t) ≈ A·e^{σt}·cos(ωt + φ), maxima espacés de 2π/ω.
  const Trajectory tr = trajectory(p, fps[0].rE + 1e-3, fps[0].rI, 300.0, rk4(0.01));
  std::vector<double> x = tr.component(0);
  for (double& v : x) v -= fps[0].rE;
  const auto maxima = local_maxima(tr.t, x);
  BOOST_REQUIRE(maxima.size() >= 3);
  const double T = (maxima.back().t - maxima.front().t) / static_cast<double>(maxima.size() - 1);
  check::close(fps[0].lambda1.imag(), 2 * std::numbers::pi / T, 1e-4,
               "Im λ contre la pulsation 2π/T de la simulation" + with(p),
               "Im λ = √(D − T²/4), en 1/ms.");
  check::close(fps[0].lambda1.real(),
               std::log(maxima[2].value / maxima[1].value) / (maxima[2].t - maxima[1].t), 1e-3,
               "Re λ contre l'amortissement des maxima" + with(p), "Re λ = T/2, en 1/ms.");
}

// Question 04 : tous les points fixes, λ et le verdict, comparés à des
// valeurs calculées à part en précision étendue, à des points fixes
// construits exactement par Φ⁻¹, à une différence finie de dr/dt et au taux
// mesuré sur une simulation.
#include "td4/q04_stabilite.hpp"

#include "check.hpp"
#include "one_population_cases.hpp"
#include "stabilite_dependencies.hpp"

#include <algorithm>
#include <cmath>

using namespace td4;
using namespace td4::q04;
using namespace td4::testing;
using check::num;

namespace {
std::string list(const std::vector<double>& rs) {
  std::string s;
  for (double r : rs) s += (s.empty() ? "" : ", ") + num(r);
  return "{" + s + "}";
}

// λ et ses erreurs classiques en r (reconnues d'après la valeur obtenue).
std::vector<check::Suspect> lambda_suspects(double r, const OnePopulation& p) {
  const double slope = phi_prime(p.Iext + p.w * r, p.transfer), l = eigenvalue(r, p);
  return {{l * p.tau, "vous renvoyez λ·τ = w·Φ' − 1 : divisez par τ (λ est un taux, en 1/ms)."},
          {l / p.tau, "λ est divisé deux fois par τ : (w·Φ' − 1)/τ, une seule fois."},
          {(slope - 1) / p.tau, "le facteur w manque : la dérivée de Φ(Iext + w·r) par rapport "
                                "à r est w·Φ'(Iext + w·r)."},
          {(p.w * slope + 1) / p.tau, "c'est w·Φ' − 1, pas w·Φ' + 1."},
          {-l, "le signe est inversé : λ = (w·Φ' − 1)/τ."},
          {p.w * slope / p.tau, "le « − 1 » manque : τ·dδr/dt = w·Φ'·δr − δr."},
          {(p.w * phi(p.Iext + p.w * r, p.transfer) - 1) / p.tau,
           "c'est w·Φ − 1 : il faut la dérivée Φ' (td4::phi_prime), λ = (w·Φ'(Iext + w·r) − 1)/τ."},
          {(p.w * phi_prime(p.w * r, p.transfer) - 1) / p.tau,
           "Φ' se prend au courant total Iext + w·r*, Iext compris."}};
}

// Ce qui est attendu et où regarder, sans supposer la méthode suivie.
const char* search_hint =
    "regardez la recherche des racines de f sur [0, rmax] : entre deux points critiques "
    "(td4::critical_rates) f est monotone, et chaque morceau où f change de signe contient "
    "exactement une racine.";

// La piste d'une liste de points fixes fausse, d'après ce qui manque.
std::string missing_hint(const std::vector<double>& mine, const std::vector<double>& expected,
                         double rmax) {
  for (double r : expected)
    if ((r == 0.0 || r == rmax) && std::find(mine.begin(), mine.end(), r) == mine.end())
      return "r* = " + num(r) + " manque : une borne où f = 0 exactement (0, rmax, ou un point "
             "critique) est un point fixe.";
  if (mine.size() > expected.size())
    return "un point de trop : chaque point fixe une seule fois (un point double, en un point "
           "critique, compte une fois).";
  return search_hint;
}
}  // namespace

BOOST_AUTO_TEST_CASE(reference_case,
                     *boost::unit_test::description(
                         "Iext = 0, w = 0,05 : trois points fixes, λ et verdicts (référence à 30 chiffres)")) {
  // Calculés à part en précision étendue (mpmath, 30 chiffres).
  const double r[] = {11.2005555857279527, 164.252087372705729, 498.732015543546539};
  const double lt[] = {-0.781006986102600210, 1.20589181920247631, -0.974704622254203085};
  const char* verdict[] = {"stable", "instable", "stable"};
  for (double tau : {10.0, 2.5}) {
    const OnePopulation p = population(0.0, 0.05, tau);
    const std::vector<double> rs = fixed_points(p);
    if (!check::that(rs.size() == 3, "trois points fixes" + with(p), list(rs), search_hint)) continue;
    for (int i = 0; i < 3; ++i) {
      check::close(rs[i], r[i], 1e-9, "r*" + with(p),
                   "poursuivez la dichotomie jusqu'à ce qu'il n'y ait plus de nombre flottant "
                   "entre les deux bouts.");
      // λ et le verdict en r* exact : chacun ne dépend que de sa fonction.
      check::close(lambda(r[i], p), lt[i] / tau, 1e-8, "λ (1/ms) en r* = " + num(r[i]) + with(p),
                   "λ = (w·Φ'(Iext + w·r*) − 1)/τ.",
                   lambda_suspects(r[i], p));
      const Stability s = stability(lt[i] / tau, tau);
      check::that(stability_name(s) == verdict[i],
                  std::string("verdict « ") + verdict[i] + " » pour λ = " + num(lt[i] / tau) +
                      ", τ = " + num(tau),
                  stability_name(s), "stable si λ < 0, instable si λ > 0.");
    }
  }
}

BOOST_AUTO_TEST_CASE(all_fixed_points,
                     *boost::unit_test::description(
                         "points fixes : Φ(Iext + w·r*) = r* à 1e-9, triés, aucun oublié")) {
  for (const Transfer& tr : {Transfer{}, Transfer{80.0, -3.0, 0.7}})
    for (double Iext : {-40.0, -10.0, -5.0, 0.0, 2.0, 10.0, 30.0})
      for (double w : {-1.0, -0.1, 0.0, 0.01, 0.05, 0.08, 0.2, 1.0}) {
        const OnePopulation p = population(Iext, w, 7.0, tr);
        const std::vector<double> rs = fixed_points(p);
        const std::vector<double> expected = fixed_point_rates(p);
        const std::string hint = missing_hint(rs, expected, p.transfer.rmax);
        if (!check::that(!rs.empty(), "au moins un point fixe" + with(p), "aucun", hint)) continue;
        bool ok = true;
        for (std::size_t i = 0; i < rs.size(); ++i)
          ok = ok && residual(rs[i], p) <= 1e-9 && (i == 0 || rs[i] > rs[i - 1]);
        check::that(ok, "chaque r* vérifie Φ(Iext + w·r*) = r* (1e-9), triés, sans doublon" + with(p),
                    list(rs), "poursuivez la dichotomie jusqu'à la précision machine.");
        check::that(rs.size() == expected.size() && static_cast<int>(rs.size()) >= sign_changes(p),
                    num(expected.size()) + " point(s) fixe(s)" + with(p), list(rs), hint);
      }
}

BOOST_AUTO_TEST_CASE(close_pair,
                     *boost::unit_test::description(
                         "points fixes : une paire à 1e-3 près d'un nœud-col, les deux listés")) {
  for (double tau : {10.0, 0.3})
    for (double r1 : {31.3, 63.7, 352.1, 447.9}) {
      const double r2 = r1 + 1e-3;
      const OnePopulation p = through(r1, r2, tau);
      const std::vector<double> rs = fixed_points(p);
      int found = 0;
      for (double r : rs) found += std::abs(r - r1) < 1e-5 || std::abs(r - r2) < 1e-5;
      check::that(found == 2, "r* = " + num(r1) + " et " + num(r2) + with(p), list(rs), search_hint);
      // De part et d'autre du nœud-col : un stable, un instable.
      if (found == 2) {
        const Stability s1 = stability(eigenvalue(r1, p), tau), s2 = stability(eigenvalue(r2, p), tau);
        check::that(s1 != s2 && s1 != Stability::marginal && s2 != Stability::marginal,
                    "un stable et un instable, pas « marginal »" + with(p),
                    stability_name(s1) + " et " + stability_name(s2),
                    "stability : λ·τ vaut ±1e-6 environ, bien au-dessus de la tolérance "
                    "marginal_tolerance·max(1, |λ·τ + 1|).");
      }
    }
}

BOOST_AUTO_TEST_CASE(double_root,
                     *boost::unit_test::description(
                         "point double (tangence, nœud-col) : listé une fois, marginal")) {
  // Iext tel que le point critique bas soit exactement un point fixe.
  const Transfer tr;
  for (double w : {0.05, 0.1}) {
    const double I = tr.Ihalf - std::atanh(std::sqrt(1 - 2 / (w * tr.rmax * tr.kappa))) / tr.kappa;
    const OnePopulation p = population(I - w * phi(I, tr), w, 3.0);
    const std::vector<double> rs = fixed_points(p);
    int near = 0;
    // Le verdict au point double exact (λ·τ ~ 1e-15) : le travail de stability.
    const Stability at_double = stability(eigenvalue(phi(I, tr), p), p.tau);
    check::that(at_double == Stability::marginal,
                "verdict au point double r* = " + num(phi(I, tr)) + " : marginal" + with(p),
                stability_name(at_double),
                "stability : λ·τ y vaut ~1e-15 ; comparez |λ·τ| à "
                "marginal_tolerance·max(1, |λ·τ + 1|), pas λ·τ à 0 exactement.");
    for (double r : rs)
      if (std::abs(r - phi(I, tr)) < 1e-4) {
        ++near;
        // Le r* trouvé doit être le point critique lui-même (λ de la bibliothèque).
        check::that(classify(eigenvalue(r, p), p.tau) == Stability::marginal,
                    "le point double trouvé est le point critique (marginal)" + with(p),
                    "r* = " + num(r) + ", λ·τ = " + num(eigenvalue(r, p) * p.tau),
                    "fixed_points : |f| ≤ 32·ε·rmax en un point critique veut dire f = 0, et ce "
                    "point critique est le point fixe (sinon le point double devient un ou deux "
                    "points voisins, non marginaux).");
      }
    check::that(near == 1, "r* = " + num(phi(I, tr)) + " listé une fois" + with(p), list(rs),
                "en un point critique, |f| sous l'arrondi (32·ε·rmax) veut dire f = 0 : "
                "ajoutez ce point une fois, et ne cherchez pas de racine de part et d'autre.");
  }
}

BOOST_AUTO_TEST_CASE(root_on_bracket_end,
                     *boost::unit_test::description(
                         "points fixes : racine exactement en 0 ou en rmax (Φ saturée)")) {
  std::vector<double> rs = fixed_points(population(300.0, 0.1, 4.0));
  check::that(rs.size() == 1 && rs[0] == 500.0, "un seul point fixe, r* = rmax (Iext = 300)",
              list(rs), "une borne où f = 0 exactement est un point fixe.");
  rs = fixed_points(population(-300.0, 0.1, 4.0));
  check::that(rs.size() == 1 && rs[0] == 0.0, "un seul point fixe, r* = 0 (Iext = −300)", list(rs),
              "une borne où f = 0 exactement est un point fixe.");
}

BOOST_AUTO_TEST_CASE(lambda_finite_difference,
                     *boost::unit_test::description("λ : la pente de dr/dt (différence finie)")) {
  for (const Transfer& tr : {Transfer{}, Transfer{80.0, -3.0, 0.7}})
    for (double tau : {10.0, 0.7})
      for (double w : {-0.2, 0.02, 0.05, 0.3})
        for (double r : {5.0, 40.0, 70.0}) {
          const OnePopulation p = population(-2.0, w, tau, tr);
          const double h = 1e-4;
          const double fd = (flow(r + h, p) - flow(r - h, p)) / (2 * h);
          check::close(lambda(r, p), fd, 1e-7, "λ en r = " + num(r) + with(p),
                       "λ = (w·Φ'(Iext + w·r) − 1)/τ, la dérivée de dr/dt par rapport à r.",
                       lambda_suspects(r, p));
        }
}

BOOST_AUTO_TEST_CASE(lambda_measured_rate,
                     *boost::unit_test::description(
                         "λ : le taux mesuré sur une simulation partie près de r*")) {
  Stepping s;
  s.method = Method::rk4;
  for (const OnePopulation& p : {population(0.0, 0.05, 10.0), population(-5.0, 0.08, 3.0)}) {
    s.dt = p.tau / 1000;
    for (double r_star : fixed_point_rates(p)) {
      if (r_star <= 0) continue;
      const Trajectory tr = trajectory(p, r_star * (1 + 1e-5), 20 * p.tau, s);
      const double rate = measured_rate(tr.t, tr.component(0), r_star);
      const double l = lambda(r_star, p);
      check::close(l, rate, 1e-3 * std::abs(rate),
                   "λ (1/ms) = pente de ln|r − r*| mesurée, r* = " + num(r_star) + with(p),
                   "l'écart évolue comme e^(λt), λ = (w·Φ'(Iext + w·r*) − 1)/τ.",
                   lambda_suspects(r_star, p));
    }
  }
}

BOOST_AUTO_TEST_CASE(verdict,
                     *boost::unit_test::description("verdict : stable, instable ou marginal")) {
  struct Case {
    double lambda, tau;
    Stability expected;
  };
  for (const Case& c : {Case{-0.078, 10, Stability::stable}, Case{0.12, 10, Stability::unstable},
                        Case{-3.0, 0.5, Stability::stable}, Case{1e-6, 2.0, Stability::unstable},
                        Case{-1e-6, 2.0, Stability::stable}, Case{1e-12, 10, Stability::marginal},
                        Case{-3e-10, 3.0, Stability::marginal}, Case{0.0, 1.0, Stability::marginal},
                        // λ·τ, pas λ seul : λ·τ = 2e-9 est marginal, λ·τ = −5e-8 ne l'est pas.
                        Case{2e-8, 0.1, Stability::marginal}, Case{-5e-9, 10, Stability::stable}})
    check::that(stability(c.lambda, c.tau) == c.expected,
                "λ = " + num(c.lambda) + ", τ = " + num(c.tau) + " : " + stability_name(c.expected),
                stability_name(stability(c.lambda, c.tau)),
                "stable si λ < 0, instable si λ > 0, marginal si |λ·τ| ≤ "
                "marginal_tolerance·max(1, |λ·τ + 1|) (λ·τ, pas λ seul, ni λ == 0).");
}

BOOST_AUTO_TEST_CASE(inhibitory_single_stable,
                     *boost::unit_test::description("w < 0 : un seul point fixe, toujours stable")) {
  if (!check::needs("lambda", lambda_is_right()) || !check::needs("stability", stability_is_right()))
    return;
  for (double Iext = -60.0; Iext <= 80.0; Iext += 10.0)
    for (double w : {-3.0, -0.3, -0.05, -0.001}) {
      const OnePopulation p = population(Iext, w, 4.0);
      const std::vector<double> rs = fixed_points(p);
      const bool ok = rs.size() == 1 && stability(lambda(rs[0], p), p.tau) == Stability::stable;
      check::that(ok, "un seul point fixe, stable" + with(p), list(rs),
                  "avec w < 0, w·Φ' − 1 < 0 partout : λ < 0.");
    }
}

// Une population : points fixes, λ, nœuds-cols, courbe de bifurcation et
// taux mesuré, contrôlés par des calculs indépendants (construction exacte
// des points fixes par Φ⁻¹, différences finies, balayage de signes, simulation).
#include "td4/one_population.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

using namespace td4;

namespace {

OnePopulation population(double Iext, double w, double tau = 10.0) {
  OnePopulation p;
  p.Iext = Iext;
  p.w = w;
  p.tau = tau;
  return p;
}

double residual(double r, const OnePopulation& p) {
  return std::abs(phi(p.Iext + p.w * r, p.transfer) - r) / std::max(r, 1.0);
}

// (Iext, w) dont r1 et r2 sont deux points fixes : Iext + w·ri = Φ⁻¹(ri).
OnePopulation through(double r1, double r2, double tau) {
  const Transfer tr;
  const double w = (phi_inv(r2, tr) - phi_inv(r1, tr)) / (r2 - r1);
  return population(phi_inv(r1, tr) - w * r1, w, tau);
}

// Nombre de changements de signe de f sur une grille fine : une borne
// inférieure du nombre de points fixes, obtenue sans l'analyse.
int sign_changes(const OnePopulation& p, int n = 20000) {
  int count = 0;
  double prev = drdt(0.0, p);
  for (int k = 1; k <= n; ++k) {
    const double cur = drdt(p.transfer.rmax * k / n, p);
    if ((prev < 0) != (cur < 0)) ++count;
    prev = cur;
  }
  return count;
}

bool contains(const std::vector<double>& rs, double r, double tol) {
  for (double x : rs)
    if (std::abs(x - r) <= tol) return true;
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(une_population)

BOOST_AUTO_TEST_CASE(drdt_formule) {
  const OnePopulation p = population(3.0, 0.07, 4.0);
  const double r = 120.0;
  BOOST_TEST(drdt(r, p) == (phi(3.0 + 0.07 * r, p.transfer) - r) / 4.0,
             boost::test_tools::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(points_fixes_cas_du_contrat) {
  // Référence calculée indépendamment en précision étendue (mpmath, 30 chiffres).
  for (double tau : {10.0, 2.5}) {
    const auto fps = fixed_points(population(0.0, 0.05, tau));
    BOOST_TEST_REQUIRE(fps.size() == 3u);
    const double r[] = {11.2005555857279527, 164.252087372705729, 498.732015543546539};
    const double lt[] = {-0.781006986102600210, 1.20589181920247631, -0.974704622254203085};
    const Stability s[] = {Stability::stable, Stability::unstable, Stability::stable};
    for (int i = 0; i < 3; ++i) {
      BOOST_TEST(fps[i].r == r[i], boost::test_tools::tolerance(1e-12));
      BOOST_TEST(fps[i].lambda * tau == lt[i], boost::test_tools::tolerance(1e-10));
      BOOST_TEST((fps[i].stability == s[i]));
    }
  }
}

BOOST_AUTO_TEST_CASE(points_fixes_residu_et_completude) {
  for (double Iext : {-40.0, -10.0, 0.0, 2.0, 5.0, 10.0, 30.0})
    for (double w : {-1.0, -0.1, -0.01, 0.0, 0.01, 0.03, 0.05, 0.08, 0.1, 0.2, 1.0}) {
      const OnePopulation p = population(Iext, w, 7.0);
      const auto rs = fixed_point_rates(p);
      BOOST_TEST_CONTEXT("Iext = " << Iext << ", w = " << w) {
        BOOST_TEST(!rs.empty());
        BOOST_TEST(rs.size() <= 3u);
        BOOST_TEST(static_cast<int>(rs.size()) >= sign_changes(p));
        for (std::size_t i = 0; i < rs.size(); ++i) {
          BOOST_TEST(residual(rs[i], p) <= 1e-9);
          if (i > 0) BOOST_TEST(rs[i] > rs[i - 1]);
        }
      }
    }
}

BOOST_AUTO_TEST_CASE(un_et_trois_points_fixes) {
  BOOST_TEST(fixed_points(population(0.0, -0.05)).size() == 1u);
  BOOST_TEST(fixed_points(population(0.0, 0.01)).size() == 1u);
  BOOST_TEST(fixed_points(population(0.0, 0.05)).size() == 3u);
  BOOST_TEST(fixed_points(population(-5.0, 0.08, 0.5)).size() == 3u);
}

BOOST_AUTO_TEST_CASE(paire_proche_d_un_noeud_col) {
  // Deux points fixes construits à 1e-3 puis 1e-4 l'un de l'autre : tous deux
  // listés, l'un stable, l'autre instable.
  for (double tau : {10.0, 0.3})
    for (double r1 : {30.0, 60.0, 350.0, 450.0})
      for (double gap : {1e-3, 1e-4}) {
        const OnePopulation p = through(r1, r1 + gap, tau);
        const auto fps = fixed_points(p);
        std::vector<double> rs;
        for (const auto& fp : fps) rs.push_back(fp.r);
        BOOST_TEST_CONTEXT("r1 = " << r1 << ", écart = " << gap << ", tau = " << tau) {
          BOOST_TEST(contains(rs, r1, gap / 100));
          BOOST_TEST(contains(rs, r1 + gap, gap / 100));
          for (std::size_t i = 0; i + 1 < fps.size(); ++i)
            if (std::abs(fps[i].r - r1) <= gap / 100)
              BOOST_TEST((fps[i].stability != fps[i + 1].stability));
        }
      }
}

BOOST_AUTO_TEST_CASE(paire_sous_la_resolution_vue_comme_point_double) {
  // À 1e-6 d'écart, f(point critique) ≈ 1e-15, sous l'arrondi de f
  // (≈ ε·rmax) : les paramètres eux-mêmes ne distinguent plus une paire d'un
  // point double. Un seul point, marginal, entre les deux.
  for (double r1 : {30.0, 450.0}) {
    const auto fps = fixed_points(through(r1, r1 + 1e-6, 2.0));
    int near = 0;
    for (const auto& fp : fps)
      if (std::abs(fp.r - r1) < 1e-5) {
        ++near;
        BOOST_TEST((fp.stability == Stability::marginal));
      }
    BOOST_TEST(near == 1);
  }
}

BOOST_AUTO_TEST_CASE(racine_sur_une_borne) {
  // Φ sature exactement : r* = rmax ou r* = 0 tombent sur les bornes.
  auto rs = fixed_point_rates(population(300.0, 0.1));
  BOOST_TEST_REQUIRE(rs.size() == 1u);
  BOOST_TEST(rs[0] == 500.0);
  rs = fixed_point_rates(population(-300.0, 0.1));
  BOOST_TEST_REQUIRE(rs.size() == 1u);
  BOOST_TEST(rs[0] == 0.0);
}

BOOST_AUTO_TEST_CASE(point_double_liste_une_fois) {
  // Iext choisi pour que le point critique bas soit exactement un point fixe.
  const Transfer tr;
  const double w = 0.05;
  const double I = tr.Ihalf - std::atanh(std::sqrt(1 - 2 / (w * tr.rmax * tr.kappa))) / tr.kappa;
  const OnePopulation p = population(I - w * phi(I, tr), w, 3.0);
  const auto fps = fixed_points(p);
  BOOST_TEST_REQUIRE(fps.size() == 2u);
  BOOST_TEST(fps[0].r == phi(I, tr), boost::test_tools::tolerance(1e-9));
  BOOST_TEST((fps[0].stability == Stability::marginal));
  BOOST_TEST(stability_name(fps[0].stability) == "marginal");
  BOOST_TEST((fps[1].stability == Stability::stable));
}

BOOST_AUTO_TEST_CASE(lambda_contre_differences_finies) {
  for (double tau : {10.0, 0.7})
    for (double w : {-0.2, 0.02, 0.05, 0.1})
      for (double r : {5.0, 80.0, 250.0, 470.0}) {
        const OnePopulation p = population(-2.0, w, tau);
        const double h = 1e-4;
        const double fd = (drdt(r + h, p) - drdt(r - h, p)) / (2 * h);
        BOOST_TEST(lambda(r, p) == fd, boost::test_tools::tolerance(1e-6));
      }
}

BOOST_AUTO_TEST_CASE(inhibiteur_un_seul_point_stable) {
  for (double Iext = -60.0; Iext <= 80.0; Iext += 7.0)
    for (double w : {-3.0, -1.0, -0.3, -0.1, -0.03, -0.01, -0.001}) {
      const auto fps = fixed_points(population(Iext, w, 4.0));
      BOOST_TEST_CONTEXT("Iext = " << Iext << ", w = " << w) {
        BOOST_TEST_REQUIRE(fps.size() == 1u);
        BOOST_TEST(fps[0].lambda < 0);
        BOOST_TEST((fps[0].stability == Stability::stable));
        BOOST_TEST(stability_name(fps[0].stability) == "stable");
      }
    }
}

BOOST_AUTO_TEST_CASE(noeuds_cols_a_Iext_fixe) {
  for (double Iext : {-10.0, 0.0, 4.0}) {
    const OnePopulation base = population(Iext, 0.0);
    const auto sns = saddle_nodes(base, Parameter::w);
    BOOST_TEST_REQUIRE(sns.size() == 2u);
    for (const SaddleNode& sn : sns) {
      const OnePopulation p = population(Iext, sn.value);
      BOOST_TEST(residual(sn.r, p) <= 1e-12);
      BOOST_TEST(std::abs(lambda(sn.r, p) * p.tau) <= 1e-10);
    }
    // 1 point fixe de part et d'autre, 3 entre les deux.
    const double lo = sns[0].value, hi = sns[1].value, e = 1e-6;
    BOOST_TEST(fixed_points(population(Iext, lo * (1 - e))).size() == 1u);
    BOOST_TEST(fixed_points(population(Iext, lo * (1 + e))).size() == 3u);
    BOOST_TEST(fixed_points(population(Iext, hi * (1 - e))).size() == 3u);
    BOOST_TEST(fixed_points(population(Iext, hi * (1 + e))).size() == 1u);
  }
  // Au-delà de Iext = Ihalf − 1/κ = 5, plus de bistabilité.
  BOOST_TEST(saddle_nodes(population(5.5, 0.0), Parameter::w).empty());
}

BOOST_AUTO_TEST_CASE(noeuds_cols_a_w_fixe_hysteresis) {
  for (double w : {0.03, 0.05, 0.2}) {
    const auto sns = saddle_nodes(population(0.0, w), Parameter::Iext);
    BOOST_TEST_REQUIRE(sns.size() == 2u);
    for (const SaddleNode& sn : sns) {
      const OnePopulation p = population(sn.value, w);
      BOOST_TEST(residual(sn.r, p) <= 1e-12);
      BOOST_TEST(std::abs(lambda(sn.r, p) * p.tau) <= 1e-10);
    }
    const double lo = sns[0].value, hi = sns[1].value, e = 1e-6 * (hi - lo);
    BOOST_TEST(fixed_points(population(lo - e, w)).size() == 1u);
    BOOST_TEST(fixed_points(population(lo + e, w)).size() == 3u);
    BOOST_TEST(fixed_points(population(hi - e, w)).size() == 3u);
    BOOST_TEST(fixed_points(population(hi + e, w)).size() == 1u);
  }
  // w·rmax·κ ≤ 2 : Φ(Iext + w·r) − r reste décroissante, pas d'hystérésis.
  BOOST_TEST(saddle_nodes(population(0.0, 0.02), Parameter::Iext).empty());
}

BOOST_AUTO_TEST_CASE(courbe_de_bifurcation_coherente) {
  // La courbe paramétrée par I ne cherche aucune racine : chacun de ses
  // points est un point fixe, et elle coupe chaque verticale autant de fois
  // que fixed_points trouve de points fixes.
  struct Case {
    Parameter which;
    double fixed, vmin, vmax;
  };
  for (const Case& c : {Case{Parameter::w, 0.0, -0.1, 0.2}, Case{Parameter::Iext, 0.05, -40, 20}}) {
    OnePopulation base = population(c.fixed, c.fixed, 2.0);
    const auto branches = fixed_point_curve(base, c.which, c.vmin, c.vmax);
    BOOST_TEST(branches.size() == 3u);
    for (const Branch& b : branches)
      for (std::size_t i = 0; i < b.r.size(); ++i) {
        OnePopulation p = base;
        (c.which == Parameter::w ? p.w : p.Iext) = b.value[i];
        BOOST_TEST(residual(b.r[i], p) <= 1e-9);
        if (stability_of(b.r[i], p) != Stability::marginal)
          BOOST_TEST((stability_of(b.r[i], p) == b.stability));
      }
    for (double v = c.vmin + 0.013 * (c.vmax - c.vmin); v < c.vmax; v += 0.07 * (c.vmax - c.vmin)) {
      std::size_t crossings = 0;
      for (const Branch& b : branches)
        for (std::size_t i = 0; i + 1 < b.value.size(); ++i)
          if ((b.value[i] - v) * (b.value[i + 1] - v) < 0) ++crossings;
      OnePopulation p = base;
      (c.which == Parameter::w ? p.w : p.Iext) = v;
      BOOST_TEST(crossings == fixed_points(p).size(), "valeur " << v);
    }
  }
}

BOOST_AUTO_TEST_CASE(taux_mesure_contre_lambda) {
  Stepping s;
  s.method = Method::rk4;
  s.dt = 0.01;
  s.output_dt = 0.05;
  for (double tau : {10.0, 3.0}) {
    const OnePopulation p = population(0.0, 0.05, tau);
    for (const FixedPoint& fp : fixed_points(p)) {
      // Petite perturbation : régime linéaire, accord serré.
      auto tr = simulate(p, fp.r * (1 + 1e-5), 20 * tau, s);
      BOOST_TEST(measured_rate(tr.t, tr.component(0), fp.r) == fp.lambda,
                 boost::test_tools::tolerance(1e-3));
      // La perturbation de 1 % du TD : accord à quelques pour cent.
      tr = simulate(p, fp.r * 1.01, 20 * tau, s);
      BOOST_TEST(measured_rate(tr.t, tr.component(0), fp.r) == fp.lambda,
                 boost::test_tools::tolerance(0.03));
    }
  }
}

BOOST_AUTO_TEST_CASE(bistabilite_selon_la_condition_initiale) {
  Stepping s;
  s.method = Method::adaptive;
  s.dt = 0.1;
  s.output_dt = 1.0;
  const auto final_rate = [&](const OnePopulation& p, double r0) {
    return simulate(p, r0, 50 * p.tau, s).x.back()[0];
  };
  const OnePopulation bistable = population(0.0, 0.05, 5.0);
  const auto fps = fixed_points(bistable);
  BOOST_TEST(final_rate(bistable, 0.0) == fps.front().r, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(final_rate(bistable, 500.0) == fps.back().r, boost::test_tools::tolerance(1e-6));
  const OnePopulation inhibitory = population(20.0, -0.1, 5.0);
  const double r_star = fixed_points(inhibitory).front().r;
  BOOST_TEST(final_rate(inhibitory, 0.0) == r_star, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(final_rate(inhibitory, 500.0) == r_star, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_SUITE_END()

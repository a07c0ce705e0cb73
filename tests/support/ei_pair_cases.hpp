// Ce que partagent les tests de la paire E–I (05 et libtd4) : construire un
// cas, le décrire dans un message, imposer des points fixes par Φ⁻¹, et
// compter sans l'analyse les changements de signe de g.
#pragma once

#include "check.hpp"
#include "td4/ei_pair.hpp"
#include "td4/integrate.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace td4::testing {

inline EIPair pair(double IextE, double IextI, double wEE, double wEI, double wIE, double wII,
                   double tauE, double tauI) {
  EIPair p;
  p.IextE = IextE;
  p.IextI = IextI;
  p.wEE = wEE;
  p.wEI = wEI;
  p.wIE = wIE;
  p.wII = wII;
  p.tauE = tauE;
  p.tauI = tauI;
  return p;
}

// « (IextE = …, …, τI = …) »
inline std::string with(const EIPair& p) {
  using check::num;
  return " (IextE = " + num(p.IextE) + ", IextI = " + num(p.IextI) + ", wEE = " + num(p.wEE) +
         ", wEI = " + num(p.wEI) + ", wIE = " + num(p.wIE) + ", wII = " + num(p.wII) +
         ", τE = " + num(p.tauE) + ", τI = " + num(p.tauI) + ")";
}

// rI sur l'isocline I, par bissection (indépendante de l'analyse).
inline double rI_on_I(const EIPair& p, double rE) {
  double lo = 0.0, hi = p.transfer.rmax;
  for (int i = 0; i < 64; ++i) {
    const double m = 0.5 * (lo + hi);
    (phi(p.IextI + p.wIE * rE + p.wII * m, p.transfer) > m ? lo : hi) = m;
  }
  return 0.5 * (lo + hi);
}

// Changements de signe de g(rE) = Φ(IextE + wEE·rE + wEI·rI(rE)) − rE sur
// une grille de [0, rmax] : une borne inférieure du nombre de points fixes.
inline int sign_changes(const EIPair& p, int n = 20000) {
  const auto g = [&](double rE) {
    return phi(p.IextE + p.wEE * rE + p.wEI * rI_on_I(p, rE), p.transfer) - rE;
  };
  int count = 0;
  double prev = g(0.0);
  for (int k = 1; k <= n; ++k) {
    const double cur = g(p.transfer.rmax * k / n);
    if ((prev < 0) != (cur < 0)) ++count;
    prev = cur;
  }
  return count;
}

// (IextE, wEE, wEI) pour que r1, r2, r3 soient des points fixes, l'isocline I
// (wII = 0) étant fixée par IextI et wIE : en chaque rk,
// Φ⁻¹(rk) = IextE + wEE·rk + wEI·Φ(IextI + wIE·rk), trois équations
// linéaires résolues par élimination de Gauss avec pivot partiel.
inline EIPair through(double r1, double r2, double r3, double IextI, double wIE, double tauE,
                      double tauI) {
  EIPair p = pair(0, IextI, 0, 0, wIE, 0, tauE, tauI);
  const double r[3] = {r1, r2, r3};
  double A[3][4];
  for (int k = 0; k < 3; ++k) {
    A[k][0] = 1.0;
    A[k][1] = r[k];
    A[k][2] = phi(IextI + wIE * r[k], p.transfer);
    A[k][3] = phi_inv(r[k], p.transfer);
  }
  for (int c = 0; c < 3; ++c) {
    int best = c;
    for (int k = c + 1; k < 3; ++k)
      if (std::abs(A[k][c]) > std::abs(A[best][c])) best = k;
    for (int j = 0; j < 4; ++j) std::swap(A[c][j], A[best][j]);
    for (int k = c + 1; k < 3; ++k) {
      const double f = A[k][c] / A[c][c];
      for (int j = c; j < 4; ++j) A[k][j] -= f * A[c][j];
    }
  }
  double x[3];
  for (int c = 2; c >= 0; --c) {
    double s = A[c][3];
    for (int j = c + 1; j < 3; ++j) s -= A[c][j] * x[j];
    x[c] = s / A[c][c];
  }
  p.IextE = x[0];
  p.wEE = x[1];
  p.wEI = x[2];
  return p;
}

// Deux points fixes r1 < r2 à environ 1e-3 l'un de l'autre.
struct ClosePair {
  EIPair p;            // IextE juste sous le maximum local de K
  double r1, r2;       // les deux racines de K(rE) = IextE autour du maximum
  double IextE_above;  // juste au-dessus du maximum : la paire disparaît
};

// Avec wII = 0, un point fixe est une racine de K(rE) = IextE, où
// K(rE) = Φ⁻¹(rE) − wEE·rE − wEI·Φ(IextI + wIE·rE). On cherche le maximum
// local de K sur [20, 35] (pour les poids par défaut et IextE = 0, entre les
// points fixes 18,4 et 36,4), et l'on place IextE juste en dessous : deux
// racines à 1e-3 l'une de l'autre. L'IextE de `base` est ignoré.
inline ClosePair close_pair(const EIPair& base) {
  const auto K = [&](double x) {
    return phi_inv(x, base.transfer) - base.wEE * x -
           base.wEI * phi(base.IextI + base.wIE * x, base.transfer);
  };
  const auto bisect = [](auto&& f, double lo, double hi) {
    const bool rising = f(lo) < 0;
    for (int i = 0; i < 200; ++i) {
      const double m = 0.5 * (lo + hi);
      ((f(m) < 0) == rising ? lo : hi) = m;
    }
    return 0.5 * (lo + hi);
  };
  // K' = 0 par différences finies.
  const auto dK = [&](double x) { return (K(x + 1e-6) - K(x - 1e-6)) / 2e-6; };
  const double xc = bisect(dK, 20.0, 35.0);
  const double d2K = (K(xc + 1e-3) - 2 * K(xc) + K(xc - 1e-3)) / 1e-6;
  ClosePair c;
  c.p = base;
  c.p.IextE = K(xc) + 0.5 * d2K * 5e-4 * 5e-4;  // d2K < 0 : juste sous le maximum
  c.IextE_above = K(xc) - 0.5 * d2K * 5e-4 * 5e-4;
  c.r1 = bisect([&](double x) { return K(x) - c.p.IextE; }, xc - 0.01, xc);
  c.r2 = bisect([&](double x) { return K(x) - c.p.IextE; }, xc, xc + 0.01);
  return c;
}

inline bool contains(const std::vector<double>& v, double x, double tol) {
  return std::any_of(v.begin(), v.end(), [&](double y) { return std::abs(y - x) <= tol; });
}

inline Stepping rk4(double dt) {
  Stepping s;
  s.method = Method::rk4;
  s.dt = dt;
  return s;
}

// Instants où x monte à travers `level` après t_from, par interpolation linéaire.
inline std::vector<double> upward_crossings(const std::vector<double>& t,
                                            const std::vector<double>& x, double level,
                                            double t_from) {
  std::vector<double> out;
  for (std::size_t i = 1; i < x.size(); ++i)
    if (t[i - 1] >= t_from && x[i - 1] < level && x[i] >= level)
      out.push_back(t[i - 1] + (level - x[i - 1]) / (x[i] - x[i - 1]) * (t[i] - t[i - 1]));
  return out;
}

}  // namespace td4::testing

// Question 06 — l'attracteur en anneau (corrigé).
#include "td4/q06_bump.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <numbers>
#include <sstream>
#include <string>

namespace td4::q06 {

void recurrent_input(const Ring& ring, const std::vector<double>& r, std::vector<double>& out) {
  const RingParams& p = ring.params();
  const std::vector<double>& c = ring.cos_theta();
  const std::vector<double>& s = ring.sin_theta();
  // Les trois sommes dont dépend l'entrée : O(N) au lieu de O(N²).
  double sum = 0.0, sum_cos = 0.0, sum_sin = 0.0;
  for (std::size_t j = 0; j < p.N; ++j) {
    sum += r[j];
    sum_cos += r[j] * c[j];
    sum_sin += r[j] * s[j];
  }
  const double scale = 1.0 / static_cast<double>(p.N);  // W_ij porte un facteur 1/N
  out.resize(p.N);
  for (std::size_t i = 0; i < p.N; ++i)
    out[i] = scale * (p.J0 * sum + p.J1 * (c[i] * sum_cos + s[i] * sum_sin));
}

void euler_step(const Ring& ring, std::vector<double>& r, const std::vector<double>& stim,
                double dt, double noise, std::mt19937_64& engine) {
  const RingParams& p = ring.params();
  std::vector<double> input;
  recurrent_input(ring, r, input);
  std::normal_distribution<double> xi(0.0, 1.0);
  const double a = dt / p.tau;
  const double kick = noise * std::sqrt(dt / p.tau);
  for (std::size_t i = 0; i < p.N; ++i) {
    r[i] += a * (ring.rate(p.Iext + stim[i] + input[i]) - r[i]);
    if (noise > 0.0) r[i] += kick * xi(engine);
  }
}

double decode_position(const Ring& ring, const std::vector<double>& r) {
  double sum_cos = 0.0, sum_sin = 0.0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    sum_cos += r[i] * ring.cos_theta()[i];
    sum_sin += r[i] * ring.sin_theta()[i];
  }
  return std::atan2(sum_sin, sum_cos) * 180.0 / std::numbers::pi;
}

RingRun simulate(const Ring& ring, std::vector<double> r, const RingSimulation& s) {
  const double dt = s.stepping.dt;
  const auto steps = static_cast<std::size_t>(std::ceil(s.tmax / dt - 1e-9));
  const std::size_t every =
      std::max<std::size_t>(1, std::lround(s.stepping.output_dt / dt));
  const std::vector<double> cue = ring.cue_profile(s.cue), no_cue(ring.size(), 0.0);
  std::mt19937_64 engine(s.seed);

  RingRun run;
  const auto record = [&](double t) {
    run.t.push_back(t);
    run.position_deg.push_back(decode_position(ring, r));
    run.amplitude.push_back(bump_amplitude(r, ring));
    if (s.record_activity) run.r.push_back(r);
  };
  record(0.0);
  for (std::size_t k = 0; k < steps; ++k) {
    const double t = static_cast<double>(k) * dt;
    const double h = std::min(dt, s.tmax - t);
    euler_step(ring, r, s.cue.on(t) ? cue : no_cue, h, s.noise, engine);
    if ((k + 1) % every == 0 || k + 1 == steps) record(t + h);
  }
  run.final_r = std::move(r);
  return run;
}

namespace {

std::string text(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

double degrees(double rad) { return rad * 180.0 / std::numbers::pi; }

// La carte r(θ, t) pour « with image » : un balayage par instant ; au plus
// 256 lignes d'angle (moyenne de g unités voisines), instants régulièrement
// espacés seulement (le dernier, raccourci, est laissé de côté).
Series activity_map(const Ring& ring, const RingRun& run) {
  const std::size_t N = ring.size(), g = (N + 255) / 256, rows = N / g;
  const double spacing = run.t.size() > 1 ? run.t[1] - run.t[0] : 1.0;
  std::vector<double> t, angle, rate;
  for (std::size_t k = 0; k < run.r.size(); ++k) {
    if (std::abs(run.t[k] - static_cast<double>(k) * spacing) > 1e-6 * spacing) continue;
    for (std::size_t row = 0; row < rows; ++row) {
      double mean = 0.0, theta = 0.0;
      for (std::size_t j = row * g; j < (row + 1) * g; ++j) {
        mean += run.r[k][j] / static_cast<double>(g);
        theta += ring.theta()[j] / static_cast<double>(g);
      }
      t.push_back(run.t[k]);
      angle.push_back(degrees(theta));
      rate.push_back(mean);
    }
  }
  return Series("", "image", {t, angle, rate}, {"t", "theta_deg", "r"}, rows);
}

// Un segment vertical (x fixé, de y0 à y1) pour marquer un angle ou un instant.
std::vector<std::vector<double>> vertical(double x, double y0, double y1) {
  return {{x, x}, {y0, y1}};
}

}  // namespace

void draw(const Ring& ring, const RingSimulation& s, const std::vector<RingRun>& runs,
          Plotter& plot) {
  const RingRun& run = runs.front();
  const RingParams& p = ring.params();
  const double cue_angle = std::remainder(s.cue.angle_deg, 360.0);  // dans [−180, 180]

  // 1. La carte : le bump se forme pendant le stimulus, puis reste (ou s'efface).
  if (plot.settings().terminal == Terminal::dumb) {
    std::cout << "# (la carte de l'activité ne se dessine pas en texte : "
                 "voir --terminal png)\n";
  } else {
    Figure map("06_bump_carte", "Activité de l'anneau r(θ, t), J1 = " + text(p.J1) +
               ", bruit = " + text(s.noise) + " Hz", "temps t (ms)", "angle θ (degrés)");
    map.set("set cblabel 'taux r (Hz)' offset 1,0")  // décalée : sans toucher les graduations
        .set("set palette defined (0 'black', 1 'dark-red', 2 'orange', 3 'light-goldenrod')")
        .set("set xrange [0:" + text(s.tmax) + "]")
        .set("set yrange [-180:180]")
        .set("set ytics 90")
        .set("unset grid");
    map.add(activity_map(ring, run));
    for (double t : {s.cue.start, s.cue.end})
      map.add(Series(t == s.cue.start ? "début et fin du stimulus" : "", "lines dt 2 lc rgb 'cyan'",
                     vertical(t, -180, 180)));
    plot.show(map);
  }

  // 2. Le profil à la fin du stimulus et à la fin de la simulation.
  std::vector<double> theta(ring.size());
  for (std::size_t i = 0; i < ring.size(); ++i) theta[i] = degrees(ring.theta()[i]);
  Figure profile("06_bump_profil", "Profil d'activité de l'anneau", "angle θ (degrés)",
                 "taux r (Hz)");
  profile.set("set xrange [-180:180]").set("set xtics 45").set("set key top left");
  profile.set("set offsets 0, 0, graph 0.05, graph 0.02");
  for (std::size_t k = 0; k < run.r.size(); ++k)
    if (run.t[k] >= s.cue.end) {
      profile.curve(theta, run.r[k], "t = " + text(run.t[k]) + " ms (fin du stimulus)",
                    "lines lw 2 dt 2");
      break;
    }
  profile.curve(theta, run.final_r, "t = " + text(s.tmax) + " ms (fin)");
  const double top = *std::max_element(run.final_r.begin(), run.final_r.end());
  profile.add(Series("angle du stimulus", "lines lw 2 lc rgb 'black' dt 3",
                     vertical(cue_angle, 0, std::max(top, p.phi.rmax / 10))));
  plot.show(profile);

  // 3. La position décodée, seulement là où il y a un bump.
  Figure position("06_bump_position", "Position décodée du bump (bruit = " + text(s.noise) +
                  " Hz)", "temps t (ms)", "position (degrés)");
  double low = cue_angle, high = cue_angle;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    std::vector<double> t, shown;
    for (std::size_t j = 0; j < runs[k].t.size(); ++j)
      if (runs[k].amplitude[j] > persistence_threshold) {
        t.push_back(runs[k].t[j]);
        shown.push_back(runs[k].position_deg[j]);
        low = std::min(low, shown.back());
        high = std::max(high, shown.back());
      }
    // Sans bruit, rien n'est tiré au hasard : la légende dit ce que montre
    // la courbe plutôt qu'une graine qui n'y joue aucun rôle.
    std::string legend = "graine " + std::to_string(s.seed + k);
    if (s.noise == 0 && shown.empty()) legend = "sans bruit : pas de bump";
    if (s.noise == 0 && !shown.empty()) {
      const std::string at = text(std::round(10 * shown.back()) / 10) + "°";
      legend = t.back() == runs[k].t.back()
                   ? "sans bruit : la position reste à " + at
                   : "sans bruit : bump à " + at + ", éteint à t = " + text(t.back()) + " ms";
    }
    position.curve(t, shown, legend);
  }
  // Une position immobile : au moins ±10° autour d'elle, pas un axe vide.
  if (high - low < 20) {
    const double middle = (low + high) / 2;
    position.set("set yrange [" + text(middle - 10) + ":" + text(middle + 10) + "]");
  }
  position.add(Series("angle du stimulus", "lines lw 2 lc rgb 'black' dt 3",
                      {{0.0, s.tmax}, {cue_angle, cue_angle}}));
  plot.show(position);
}

}  // namespace td4::q06

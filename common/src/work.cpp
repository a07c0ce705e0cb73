#include "td4/work.hpp"

#include "td4/errors.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include <unistd.h>  // isatty, write

namespace td4 {

namespace {

using Clock = std::chrono::steady_clock;

struct Plan {
  double planned = 0, limit = std::numeric_limits<double>::infinity();
  double done = 0, next_check = std::numeric_limits<double>::infinity();
  bool progress = false;
  Clock::time_point start, last_shown;
  std::string what, advice;
};
Plan plan;
volatile bool line_shown = false;  // lu aussi par le gestionnaire de signal

// « 1.2e7 » : deux chiffres, sans « + » ni zéro d'exposant.
std::string rounded(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2g", x);
  std::string s = text;
  for (const char* noise : {"+0", "+"})
    if (const std::size_t at = s.find(noise); at != std::string::npos) s.erase(at, std::strlen(noise));
  return s;
}

void show_progress() {
  const Clock::time_point now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - plan.start).count();
  if (elapsed < 1.0 || now - plan.last_shown < std::chrono::milliseconds(200)) return;
  plan.last_shown = now;
  const double fraction = std::min(0.99, plan.done / plan.planned);
  const double left = elapsed * (1.0 - fraction) / std::max(fraction, 1e-3);
  char line[160];
  std::snprintf(line, sizeof line, "\r%s : %d %% (encore ~%.0f s)\033[K", plan.what.c_str(),
                static_cast<int>(100 * fraction), std::ceil(left));
  std::fputs(line, stderr);
  std::fflush(stderr);
  line_shown = true;
}

}  // namespace

double simulation_steps(const Stepping& s, double tmax, double fastest) {
  if (s.method != Method::adaptive) return std::ceil(tmax / s.dt);
  const double out = s.output_dt > 0 ? s.output_dt : s.dt;
  return 2 * std::max(std::ceil(tmax / out), tmax * fastest / 3.3);
}

double fastest_rate(const Transfer& phi, double gain, double tau) {
  return (1.0 + gain * phi.rmax * phi.kappa / 2) / tau;
}

void plan_work(double units, double budget, const std::string& what, const std::string& advice,
               bool progress) {
  if (!(units <= budget))
    throw UsageError("le calcul demandé (" + what + ") compte environ " + rounded(units) +
                     " pas × taux, au plus " + rounded(budget) + " (quelques secondes) : " +
                     advice);
  plan.planned = std::max(units, 1.0);
  plan.limit = 4 * budget;
  plan.done = 0;
  plan.next_check = plan.planned / 500;
  // Pas dans un tube de résultats (--terminal aucun, sortie redirigée).
  plan.progress = isatty(STDERR_FILENO) && (progress || isatty(STDOUT_FILENO));
  plan.start = plan.last_shown = Clock::now();
  plan.what = what;
  plan.advice = advice;
}

void count_work(double units) {
  plan.done += units;
  if (plan.done < plan.next_check) return;
  plan.next_check = plan.done + plan.planned / 500;
  if (plan.done > plan.limit)
    throw UsageError("le calcul (" + plan.what + ") dépasse de loin son estimation, " +
                     rounded(plan.planned) + " pas × taux : il doit être réduit ; " + plan.advice);
  if (plan.progress) show_progress();
}

void clear_progress() {
  if (!line_shown) return;
  line_shown = false;
  const char erase[] = "\r\033[K";
  if (write(STDERR_FILENO, erase, sizeof erase - 1) < 0) return;
}

}  // namespace td4

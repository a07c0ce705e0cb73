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
bool lifted = false;               // --sans-limite

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

static_assert(work_limit_seconds == 60, "le message de refus dit « au plus 1 min »");

void lift_work_limit(bool on) { lifted = on; }
bool work_limit_lifted() { return lifted; }

std::string duration_text(double seconds) {
  const auto about = [](double x, const char* unit) {
    return "environ " + std::to_string(static_cast<long>(std::max(1.0, std::round(x)))) + unit;
  };
  if (!(seconds < 365 * 86400.0)) return "plus d'un an";
  if (seconds < 90) return about(seconds, " s");
  if (seconds < 90 * 60) return about(seconds / 60, " min");
  if (seconds < 48 * 3600) return about(seconds / 3600, " h");
  return about(seconds / 86400, " jours");
}

void plan_work(double units, double unit_seconds, const std::string& what,
               const std::string& advice, bool progress) {
  const double seconds = units * unit_seconds;
  if (!lifted && !(seconds <= work_limit_seconds))
    throw UsageError("le calcul demandé (" + what + ") prendrait " + duration_text(seconds) +
                     " ici ; au plus 1 min : " +
                     advice + ", ou ajoutez --sans-limite");
  // Un calcul non fini (grandeurs extrêmes) n'est jamais lancé.
  if (!std::isfinite(seconds))
    throw UsageError("le calcul demandé (" + what + ") ne finirait pas : " + advice);
  plan.planned = std::max(units, 1.0);
  plan.limit = 4 * std::max(plan.planned, work_limit_seconds / unit_seconds);
  plan.done = 0;
  plan.next_check = plan.planned / 500;
  // Pas dans un tube de résultats (--terminal aucun, sortie redirigée).
  plan.progress = isatty(STDERR_FILENO) && (progress || isatty(STDOUT_FILENO));
  plan.start = plan.last_shown = Clock::now();
  plan.what = what;
  plan.advice = advice;
}

void plan_memory(double points, double point_bytes, const std::string& what,
                 const std::string& advice) {
  const double bytes = points * point_bytes;
  if (!(bytes <= memory_limit_bytes))
    throw UsageError("les figures (" + what + ") garderaient environ " +
                     (bytes < 1e12 ? std::to_string(std::lround(bytes / 1e6)) + " Mo"
                                   : rounded(bytes / 1e6) + " Mo") +
                     " en mémoire, au plus " + std::to_string(std::lround(memory_limit_bytes / 1e6)) +
                     " Mo : " + advice);
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

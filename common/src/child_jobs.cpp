#include "td4/child_jobs.hpp"

#include "td4/cleanup.hpp"

#include <algorithm>

#include <unistd.h>  // sysconf

namespace td4 {

ChildJobs::ChildJobs() {
  // Un gnuplot par processeur : sur deux cœurs, deux figures à la fois.
  const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  capacity_ = static_cast<std::size_t>(std::clamp(cpus, 1L, 8L));
}

ChildJobs::~ChildJobs() { cancel(); }

void ChildJobs::add(const std::function<pid_t()>& start, Finish finish, double limit) {
  while (jobs_.size() >= capacity_) finish_oldest();
  jobs_.push_back({start(), std::move(finish), limit, std::chrono::steady_clock::now()});
}

void ChildJobs::finish_oldest() {
  Job job = std::move(jobs_.front());
  jobs_.pop_front();
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - job.start).count();
  // Le reste de sa limite, au moins un instant pour lire son code.
  const int code = wait_child(job.pid, job.limit > 0 ? std::max(job.limit - elapsed, 0.01) : 0);
  try {
    job.finish(code);
  } catch (...) {
    cancel();
    throw;
  }
}

void ChildJobs::wait_all() {
  while (!jobs_.empty()) finish_oldest();
}

void ChildJobs::cancel() {
  // Chaque enfant arrêté avant que sa suite (et les fichiers qu'elle tient)
  // ne disparaisse : il ne recrée pas un fichier effacé.
  for (const Job& job : jobs_) stop_child(job.pid);
  jobs_.clear();
}

}  // namespace td4

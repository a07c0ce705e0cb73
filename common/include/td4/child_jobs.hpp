// Des processus enfants qui travaillent pendant que le programme continue
// (gnuplot, une figure chacun) : au plus un par processeur à la fois. La
// suite de chacun (vérifier, renommer, annoncer) est faite par le programme,
// dans l'ordre des lancements.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>

#include <sys/types.h>  // pid_t

namespace td4 {

class ChildJobs {
 public:
  // Reçoit le code de l'enfant (timed_out s'il a dépassé sa limite).
  using Finish = std::function<void(int code)>;

  ChildJobs();
  // Arrête ceux qui tournent encore, sans faire leur suite.
  ~ChildJobs();
  ChildJobs(const ChildJobs&) = delete;
  ChildJobs& operator=(const ChildJobs&) = delete;

  // Attend s'il le faut qu'une place se libère (en finissant le plus
  // ancien), puis lance `start`, qui rend le numéro du processus ; `finish`
  // sera appelée à sa fin, au plus `limit` secondes après son lancement.
  void add(const std::function<pid_t()>& start, Finish finish, double limit);

  // Attend et finit chacun, dans l'ordre. Si une suite lève une exception,
  // les autres enfants sont arrêtés et l'exception passe.
  void wait_all();

  // Arrête tous les enfants, sans leur suite.
  void cancel();

 private:
  struct Job {
    pid_t pid;
    Finish finish;
    double limit;
    std::chrono::steady_clock::time_point start;
  };
  void finish_oldest();

  std::deque<Job> jobs_;
  std::size_t capacity_;
};

}  // namespace td4

#include "td4/cleanup.hpp"

#include "td4/errors.hpp"
#include "td4/work.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace td4 {

namespace {

// Le gestionnaire de signal ne peut ni allouer ni verrouiller : des places
// fixes, chacune marquée occupée une fois son chemin écrit.
constexpr int slots = 64;
constexpr std::size_t path_size = 4096;
char paths[slots][path_size];
std::atomic<bool> used[slots];
// Les entrées des processus de PipedChild, fermées en cas d'interruption.
std::atomic<int> piped[slots];
// Les enfants en cours (gnuplot, un par figure qui se dessine), arrêtés si
// le programme est interrompu ; 0 : place libre.
constexpr int child_slots = 16;
std::atomic<pid_t> children[child_slots];
char program_name[256] = "td4";

void say(const char* text) {
  if (write(STDERR_FILENO, text, std::strlen(text)) < 0) return;
}

// Arrête un enfant et tout son groupe : SIGTERM, puis SIGKILL s'il vit encore
// après une seconde. Le groupe reçoit SIGKILL de toute façon : un
// petit-enfant ne survit pas à son parent.
void stop(pid_t pid) {
  kill(-pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid, nullptr, WNOHANG) != 0) {
      kill(-pid, SIGKILL);
      return;
    }
    const timespec pause{0, 10'000'000};
    nanosleep(&pause, nullptr);
  }
  kill(-pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

void stop_children() {
  for (std::atomic<pid_t>& c : children) {
    const pid_t pid = c.load();
    if (pid > 0) stop(pid);
  }
}

// La place de `pid` rendue (0 : pas trouvé).
void forget(pid_t pid) {
  for (std::atomic<pid_t>& c : children) {
    pid_t expected = pid;
    if (c.compare_exchange_strong(expected, 0)) return;
  }
}

void on_interrupt(int sig) {
  stop_children();
  for (int i = 0; i < slots; ++i) {
    if (used[i].load()) unlink(paths[i]);
    const int fd = piped[i].exchange(0);  // 0 : place libre
    if (fd > 0) close(fd);
  }
  clear_progress();
  // Un tube fermé (« | head ») : on s'arrête sans un mot, comme d'habitude.
  const char* name = sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP";
  if (sig != SIGPIPE)
    for (const char* part : {static_cast<const char*>(program_name), " : interrompu (", name,
                             ") ; fichiers partiels et temporaires effacés\n"})
      say(part);
  std::signal(sig, SIG_DFL);
  raise(sig);
}

// Les signaux d'interruption, bloqués autour de fork : l'enfant est connu du
// gestionnaire avant qu'il puisse s'exécuter.
sigset_t interruptions() {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaddset(&set, sig);
  return set;
}

}  // namespace

void handle_interruptions(const std::string& program) {
  std::strncpy(program_name, program.c_str(), sizeof program_name - 1);
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  action.sa_mask = interruptions();  // pas de second signal pendant le ménage
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    struct sigaction previous {};
    sigaction(sig, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN) continue;  // lancé avec nohup : on garde
    sigaction(sig, &action, nullptr);
  }
}

RemovedIfInterrupted::RemovedIfInterrupted(const std::string& path) : slot_(-1) {
  if (path.size() >= path_size) return;
  for (int i = 0; i < slots; ++i)
    if (!used[i].load()) {
      std::memcpy(paths[i], path.c_str(), path.size() + 1);
      used[i].store(true);
      slot_ = i;
      return;
    }
}

RemovedIfInterrupted::~RemovedIfInterrupted() {
  if (slot_ >= 0) used[slot_].store(false);
}

InterruptionsDeferred::InterruptionsDeferred() {
  const sigset_t blocked = interruptions();
  sigprocmask(SIG_BLOCK, &blocked, &previous_);
}

InterruptionsDeferred::~InterruptionsDeferred() { sigprocmask(SIG_SETMASK, &previous_, nullptr); }

// Dans l'enfant : son propre groupe (arrêté d'un coup par stop), ses
// entrée et sorties, les réglages habituels des signaux (le ménage est
// l'affaire du parent ; un signal ignoré, par nohup, le reste), puis la
// commande par /bin/sh.
[[noreturn]] static void exec_in_own_group(const std::string& exec, int in, int out, int err,
                                           const sigset_t& previous) {
  setpgid(0, 0);
  dup2(in, STDIN_FILENO);
  dup2(out, STDOUT_FILENO);
  dup2(err, STDERR_FILENO);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    struct sigaction current {};
    sigaction(sig, nullptr, &current);
    if (current.sa_handler == on_interrupt) std::signal(sig, SIG_DFL);
  }
  sigprocmask(SIG_SETMASK, &previous, nullptr);
  execl("/bin/sh", "sh", "-c", exec.c_str(), static_cast<char*>(nullptr));
  _exit(127);
}

pid_t start_child(const std::string& command, const std::string& input, bool keep_stdout,
                  const std::string& errors) {
  const std::string exec = "exec " + command;
  const int in = open(input.c_str(), O_RDONLY | O_CLOEXEC);
  const int out = keep_stdout ? fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0)
                              : open("/dev/null", O_WRONLY | O_CLOEXEC);
  const int err = open(errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  const auto close_all = [&] {
    for (int fd : {in, out, err})
      if (fd >= 0) close(fd);
  };
  if (in < 0 || out < 0 || err < 0) {
    const std::error_code ec(errno, std::generic_category());
    close_all();
    throw RuntimeFailure("impossible de préparer l'appel à gnuplot (" + reason(ec) + ")");
  }
  const sigset_t blocked = interruptions();
  sigset_t previous;
  sigprocmask(SIG_BLOCK, &blocked, &previous);
  std::atomic<pid_t>* slot = nullptr;
  for (std::atomic<pid_t>& c : children)
    if (c.load() == 0) {
      slot = &c;
      break;
    }
  const pid_t pid = slot ? fork() : -1;
  if (pid == 0) exec_in_own_group(exec, in, out, err, previous);
  if (pid > 0) slot->store(pid);
  sigprocmask(SIG_SETMASK, &previous, nullptr);
  close_all();
  if (pid < 0) throw RuntimeFailure("impossible de lancer gnuplot (trop de processus ?)");
  return pid;
}

int wait_child(pid_t pid, double limit) {
  int status = 0;
  if (limit > 0) {
    // Toutes les 10 ms jusqu'à la limite : un gnuplot qui attend un écran
    // qui ne répond pas est arrêté, et le dit.
    for (long waited = 0;; waited += 10) {
      const pid_t done = waitpid(pid, &status, WNOHANG);
      if (done == pid || (done < 0 && errno != EINTR)) break;
      if (waited >= 1000 * limit) {
        forget(pid);
        stop(pid);
        return timed_out;
      }
      const timespec pause{0, 10'000'000};
      nanosleep(&pause, nullptr);
    }
  } else {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  forget(pid);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

PipedChild::PipedChild(const std::string& command) {
  int ends[2];
  // Une paire de sockets plutôt qu'un tube : send(MSG_NOSIGNAL) n'envoie pas
  // SIGPIPE au programme si le processus est mort.
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
    throw RuntimeFailure("impossible de préparer l'appel à gnuplot (trop de fichiers ouverts ?)");
  const std::string exec = "exec " + command;
  const sigset_t blocked = interruptions();
  sigset_t previous;
  sigprocmask(SIG_BLOCK, &blocked, &previous);
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    exec_in_own_group(exec, ends[1], null, null, previous);
  }
  close(ends[1]);
  if (pid > 0) {
    pid_ = pid;
    fd_ = ends[0];
    for (int i = 0; i < slots && slot_ < 0; ++i) {
      int free = 0;
      if (piped[i].compare_exchange_strong(free, fd_)) slot_ = i;
    }
  } else {
    close(ends[0]);
  }
  sigprocmask(SIG_SETMASK, &previous, nullptr);
  if (pid < 0) throw RuntimeFailure("impossible de lancer gnuplot (trop de processus ?)");
}

PipedChild::~PipedChild() { finish(); }

bool PipedChild::send(const std::string& text) {
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::send(fd_, text.data() + done, text.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void PipedChild::finish() {
  if (pid_ <= 0) return;
  {
    const InterruptionsDeferred deferred;  // le gestionnaire ne ferme pas deux fois
    if (slot_ >= 0) piped[slot_].store(0);
    close(fd_);
  }
  while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
}

void stop_child(pid_t pid) {
  forget(pid);
  stop(pid);
}

int run_child(const std::string& command, const std::string& input, bool keep_stdout,
              const std::string& errors, int limit) {
  return wait_child(start_child(command, input, keep_stdout, errors), limit);
}

}  // namespace td4

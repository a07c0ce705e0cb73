#include "judge.hpp"
#include "tape.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace td4::tape {

namespace {

std::string base_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

std::string folder_of(const std::string& argv0) {
  const auto slash = argv0.rfind('/');
  if (slash != std::string::npos) return argv0.substr(0, slash + 1);
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return "./";
  const std::string exe(self, static_cast<std::size_t>(n));
  return exe.substr(0, exe.rfind('/') + 1);
}

// Comment l'enregistreur s'est terminé, pour les cas qu'il n'a pas faits.
std::string ending(int code, int signal) {
  if (signal == SIGKILL)
    return "arrêté de force (SIGKILL) : limite de temps ou de mémoire dépassée ?";
  if (signal != 0) {
    const char* name = sigabbrev_np(signal);
    return std::string("arrêté par le signal ") + (name ? std::string("SIG") + name : std::to_string(signal));
  }
  if (code == 0) return "le programme a quitté en plein test : exit() appelé par l'exercice ?";
  return "le programme a quitté avec le code " + std::to_string(code);
}

// Un code de sortie comme le donne le shell : 128 + n pour le signal n ;
// 124 et 137 pour le délai total du correcteur.
std::string ending_from_status(const std::string& text) {
  char* end = nullptr;
  const long code = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || code < 0 || code > 255) return "fin inconnue";
  if (code == 124 || code == 137) return "délai total dépassé : une boucle sans fin ?";
  if (code > 128) return ending(0, static_cast<int>(code - 128));
  return ending(static_cast<int>(code), 0);
}

}  // namespace

bool parse_judge_options(int argc, char* argv[], JudgeOptions& o, std::vector<std::string>& rest) {
  const std::string me = base_name(argv[0]);
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    std::string* value = a == "--rejouer" ? &o.recording : a == "--statut" ? &o.status
                       : a == "--programme" ? &o.program : a == "--symboles" ? &o.symbols : nullptr;
    if (a == "--aide") {
      std::cout << "Usage : " << me << " [--programme ENREGISTREUR | --rejouer BANDE [--statut CODE]]"
                << " [options de Boost.Test]\n"
                   "Lance l'enregistreur de la question (par défaut enr_… à côté de ce programme),\n"
                   "qui fait tourner les tests avec le code de l'exercice, puis juge ses réponses.\n"
                   "  --rejouer BANDE  juge la bande d'un enregistreur lancé ailleurs\n"
                   "  --statut CODE    son code de sortie (124 ou 137 : délai dépassé)\n"
                   "  --symboles FICHIER  les refus de scripts/lib/verifier-symboles.sh\n";
      std::exit(0);
    }
    if (value == nullptr) {
      rest.push_back(a);
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << me << " : l'option " << a << " attend une valeur\n";
      return false;
    }
    *value = argv[++i];
  }
  return true;
}

bool obtain_recording(const std::string& argv0, JudgeOptions& o,
                      const std::vector<std::string>& rest, std::string& ended) {
  const std::string me = base_name(argv0);
  if (!o.recording.empty()) {
    ended = o.status.empty() ? "fin inconnue" : ending_from_status(o.status);
    return true;
  }
  // Lister les cas (--list_content) ou l'aide de Boost.Test : rien à enregistrer.
  for (const std::string& a : rest)
    if (a.rfind("--list_content", 0) == 0 || a == "--help" || a.rfind("--usage", 0) == 0) {
      o.recording = "/dev/null";
      return true;
    }
  if (o.program.empty()) {
    std::string name = me;
    if (name.rfind("test_", 0) == 0) name.replace(0, 5, "enr_");
    o.program = folder_of(argv0) + name;
  }
  if (access(o.program.c_str(), X_OK) != 0) {
    std::cerr << me << " : l'enregistreur " << o.program << " est introuvable ; reconstruisez "
              << "la question (cmake --build build --target " << me << ")\n";
    return false;
  }
  // La bande : un fichier effacé aussitôt créé, que l'enregistreur reçoit
  // ouvert ; rien ne reste sur le disque, même après Ctrl-C.
  const char* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/td4-bande-XXXXXX";
  o.fd = mkstemp(path.data());
  if (o.fd < 0) {
    std::cerr << me << " : impossible de créer un fichier temporaire dans " << path.substr(0, path.rfind('/'))
              << " (" << std::strerror(errno) << ")\n";
    return false;
  }
  unlink(path.c_str());

  std::cout.flush();
  const pid_t child = fork();
  if (child < 0) {
    std::cerr << me << " : impossible de lancer l'enregistreur (" << std::strerror(errno) << ")\n";
    return false;
  }
  if (child == 0) {
    std::vector<std::string> args{o.program};
    args.insert(args.end(), rest.begin(), rest.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    setenv("TD4_ENREGISTREMENT", ("fd:" + std::to_string(o.fd)).c_str(), 1);
    execv(o.program.c_str(), argv.data());
    std::cerr << me << " : impossible de lancer " << o.program << " (" << std::strerror(errno) << ")\n";
    _exit(127);
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  ended = WIFSIGNALED(status) ? ending(0, WTERMSIG(status)) : ending(WEXITSTATUS(status), 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) return false;
  o.recording = "/proc/self/fd/" + std::to_string(o.fd);
  return true;
}

std::vector<std::string> symbol_refusals(const std::string& argv0, const JudgeOptions& o) {
  std::string path = o.symbols;
  if (path.empty()) {
    std::string name = base_name(argv0);
    if (name.rfind("test_", 0) != 0) return {};
    path = folder_of(argv0) + "symboles_" + name.substr(5) + ".txt";
  }
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  // Une donnée de l'exercice : au plus 20 lignes de 300 octets, nettoyées.
  while (lines.size() < 20 && std::getline(in, line))
    if (!line.empty()) lines.push_back(printable(line.substr(0, 300)));
  return lines;
}

void forget_recording(JudgeOptions& o) {
  if (o.fd >= 0) close(o.fd);
  o.fd = -1;
}

}  // namespace td4::tape

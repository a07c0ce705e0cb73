// Ce qu'un programme interrompu (Ctrl-C, SIGTERM, SIGHUP) doit défaire :
// arrêter gnuplot, effacer ses fichiers partiels et temporaires.
#pragma once

#include <string>

#include <csignal>      // sigset_t
#include <sys/types.h>  // pid_t

namespace td4 {

// Installe les gestionnaires de SIGINT, SIGTERM et SIGHUP (et SIGPIPE, sans
// message) : ils arrêtent le processus enfant en cours, effacent les
// fichiers inscrits, le disent en une ligne, puis terminent le programme par
// le même signal (le shell voit le code 128 + numéro du signal).
void handle_interruptions(const std::string& program);

// Un fichier effacé si le programme est interrompu tant que cet objet vit.
class RemovedIfInterrupted {
 public:
  explicit RemovedIfInterrupted(const std::string& path);
  ~RemovedIfInterrupted();
  RemovedIfInterrupted(const RemovedIfInterrupted&) = delete;
  RemovedIfInterrupted& operator=(const RemovedIfInterrupted&) = delete;

 private:
  int slot_;  // -1 : pas de place (le fichier n'est alors pas inscrit)
};

// Tant que cet objet vit, une interruption attend : créer un fichier et
// l'inscrire se font d'un seul coup.
class InterruptionsDeferred {
 public:
  InterruptionsDeferred();
  ~InterruptionsDeferred();
  InterruptionsDeferred(const InterruptionsDeferred&) = delete;
  InterruptionsDeferred& operator=(const InterruptionsDeferred&) = delete;

 private:
  sigset_t previous_;
};

// Lance `command` par /bin/sh, entrée standard lue dans le fichier `input`,
// sortie standard gardée (`keep_stdout`) ou jetée, erreurs dans le fichier
// `errors` ; attend sa fin et renvoie son code (128 + n s'il est tué par le
// signal n). Arrêté, avec tout son groupe de processus, si le programme est
// interrompu pendant ce temps, ou au bout de `limit` secondes (si > 0) : le
// code est alors timed_out.
int run_child(const std::string& command, const std::string& input, bool keep_stdout,
              const std::string& errors, int limit = 0);
constexpr int timed_out = 124;  // comme coreutils timeout

// Un processus qui lit ses commandes sur son entrée standard tant que le
// programme vit (un gnuplot de --explorer, une fenêtre). Lancé par /bin/sh
// dans son propre groupe, sorties jetées : le SIGHUP d'un terminal fermé ne
// le tue pas en laissant sa fenêtre orpheline. Si le programme est
// interrompu (SIGINT, SIGTERM, SIGHUP), son entrée est fermée : il finit
// proprement, comme à la fin de la session, et ferme sa fenêtre.
class PipedChild {
 public:
  explicit PipedChild(const std::string& command);
  ~PipedChild();  // ferme l'entrée et attend la fin (finish)
  PipedChild(const PipedChild&) = delete;
  PipedChild& operator=(const PipedChild&) = delete;

  // Écrit tout `text` ; faux si le processus ne lit plus (mort entre-temps).
  bool send(const std::string& text);
  void finish();

 private:
  int fd_ = -1;
  pid_t pid_ = -1;
  int slot_ = -1;  // sa place parmi les entrées fermées en cas d'interruption
};
// Les deux moitiés de run_child, pour laisser tourner plusieurs enfants (au
// plus 16 à la fois) : start_child lance et rend le numéro du processus ;
// wait_child attend sa fin, au plus `limit` secondes (si > 0) à partir de
// l'appel, et rend son code ; stop_child l'arrête sans attendre son code.
pid_t start_child(const std::string& command, const std::string& input, bool keep_stdout,
                  const std::string& errors);
int wait_child(pid_t pid, double limit = 0);
void stop_child(pid_t pid);

}  // namespace td4

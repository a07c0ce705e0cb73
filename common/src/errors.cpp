#include "td4/errors.hpp"

#include <atomic>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <new>

#include <unistd.h>  // write

namespace td4 {

namespace {
std::atomic<long> not_done{0};

// Un plantage (du code d'exercice qui lit par un pointeur nul…) : une ligne
// en français, puis l'arrêt habituel par le même signal. Seulement des
// appels permis dans un gestionnaire de signal. Pas sous AddressSanitizer,
// qui a son propre rapport, plus précis.
#ifndef __SANITIZE_ADDRESS__
char crashing_program[256] = "";
void on_crash(int sig) {
  const char* cause = sig == SIGFPE    ? "division entière par zéro ?"
                      : sig == SIGABRT ? "arrêt par abort() : un assert qui a échoué ?"
                                       : "accès mémoire invalide : pointeur nul, indice hors "
                                         "d'un tableau ?";
  const char* parts[] = {crashing_program, " : erreur : le programme a planté (", cause, ")\n"};
  for (const char* part : parts)
    if (write(STDERR_FILENO, part, std::strlen(part)) < 0) break;
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void explain_crashes(const std::string& program) {
  std::strncpy(crashing_program, program.c_str(), sizeof crashing_program - 1);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGABRT}) std::signal(sig, on_crash);
}
#else
void explain_crashes(const std::string&) {}
#endif
}  // namespace

NotDone::NotDone(const std::string& what) : std::logic_error(what + " : à compléter") {
  ++not_done;
}

std::string printable(const std::string& text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      const char* hex = "0123456789abcdef";
      out += std::string("\\x") + hex[u >> 4] + hex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

void todo(const std::string& what) { throw NotDone(what); }

long not_done_count() { return not_done; }

int run_main(const std::string& path, const std::function<void()>& body) {
  const std::string program = std::filesystem::path(path).filename().string();
  explain_crashes(program);
  try {
    body();
    return 0;
  } catch (const UsageError& e) {
    std::cerr << program << " : " << e.what() << '\n';
    return 2;
  } catch (const NotDone& e) {
    std::cout << program << " : " << e.what()
              << ".\nOuvrez le fichier de l'exercice, écrivez le code demandé, puis "
                 "reconstruisez (cmake --build build) et testez (ctest --test-dir build).\n";
    return 0;
  } catch (const std::bad_alloc&) {
    std::cerr << program << " : erreur : mémoire insuffisante (réduisez --tmax ou la taille "
                            "du problème, ou augmentez --dt)\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << program << " : erreur : " << e.what() << '\n';
    return 1;
  } catch (...) {
    // Du code d'exercice peut lever n'importe quoi (throw 42;) : pas d'abort.
    std::cerr << program << " : erreur : une exception d'un type inconnu a été levée\n";
    return 1;
  }
}

}  // namespace td4

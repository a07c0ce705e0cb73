#include "td4/errors.hpp"

#include "td4/cleanup.hpp"
#include "td4/explore.hpp"
#include "td4/work.hpp"

#include <algorithm>
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

std::string reason(const std::error_code& ec) {
  switch (static_cast<std::errc>(ec.value())) {
    case std::errc::permission_denied:
    case std::errc::operation_not_permitted: return "droits insuffisants";
    case std::errc::no_space_on_device: return "disque plein";
    case std::errc::read_only_file_system: return "système de fichiers en lecture seule";
    case std::errc::no_such_file_or_directory: return "dossier ou fichier introuvable";
    case std::errc::not_a_directory: return "un élément du chemin n'est pas un dossier";
    case std::errc::is_a_directory: return "un dossier porte ce nom";
    case std::errc::file_exists: return "le fichier existe déjà";
    case std::errc::filename_too_long: return "nom trop long";
    case std::errc::too_many_files_open: return "trop de fichiers ouverts";
    case std::errc::file_too_large: return "fichier trop gros";
    case std::errc::directory_not_empty: return "un dossier non vide porte ce nom";
    case std::errc::io_error: return "erreur d'entrée-sortie du disque";
    default: return "erreur système " + std::to_string(ec.value());
  }
}

void todo(const std::string& what) { throw NotDone(what); }

long not_done_count() { return not_done; }

namespace {

// Une ligne française pour une exception venue d'une bibliothèque.
std::string explain(const std::exception& e) {
  if (const auto* fe = dynamic_cast<const std::filesystem::filesystem_error*>(&e))
    return "impossible d'accéder à " + fe->path1().string() + " (" + reason(fe->code()) + ")";
  const std::string what = e.what();
  if (what.find("boost::math") != std::string::npos)
    return "un calcul numérique de Boost.Math n'a pas abouti (paramètres hors de portée du "
           "calcul ?)";
  // Nos messages sont en français, donc accentués ; les autres sont cités.
  if (std::any_of(what.begin(), what.end(), [](char c) { return c & 0x80; })) return what;
  return "une bibliothèque a signalé une erreur (en anglais : « " + what + " »)";
}

}  // namespace

namespace {

// Le corps du main une fois, ses exceptions traduites en codes de sortie.
int run_once(const std::string& program, const std::function<void()>& body) {
  try {
    body();
    clear_progress();
    return 0;
  } catch (const UsageError& e) {
    clear_progress();
    std::cerr << program << " : " << printable(e.what()) << '\n';
    return 2;
  } catch (const NotDone& e) {
    clear_progress();
    // Le programme bute sur la première fonction qu'il appelle (souvent draw) ;
    // les tests, eux, disent la première du fichier : c'est celle-là à écrire.
    std::cout << program << " : " << e.what()
              << ".\nÉcrivez les fonctions de l'exercice dans l'ordre du fichier "
                 "(scripts/progres.sh dit la prochaine), puis reconstruisez (cmake --build "
                 "build) et testez (ctest --test-dir build).\n";
    return 0;
  } catch (const std::bad_alloc&) {
    clear_progress();
    std::cerr << program << " : erreur : mémoire insuffisante (réduisez --tmax ou la taille "
                            "du problème, ou augmentez --dt)\n";
    return 1;
  } catch (const std::exception& e) {
    clear_progress();
    std::cerr << program << " : erreur : " << printable(explain(e)) << '\n';
    return 1;
  } catch (...) {
    clear_progress();
    // Du code d'exercice peut lever n'importe quoi (throw 42;) : pas d'abort.
    std::cerr << program << " : erreur : une exception d'un type inconnu a été levée\n";
    return 1;
  }
}

}  // namespace

int run_main(const std::string& path, const std::function<void()>& body) {
  const std::string program = std::filesystem::path(path).filename().string();
  explain_crashes(program);
  handle_interruptions(program);
  // Avec --explorer, le corps est refait après chaque changement.
  return explore::session([&] { return run_once(program, body); });
}

}  // namespace td4

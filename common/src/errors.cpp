#include "td4/errors.hpp"

#include <atomic>
#include <filesystem>
#include <iostream>
#include <new>

namespace td4 {

namespace {
std::atomic<long> not_done{0};
}

NotDone::NotDone(const std::string& what) : std::logic_error(what + " : à compléter") {
  ++not_done;
}

void todo(const std::string& what) { throw NotDone(what); }

long not_done_count() { return not_done; }

int run_main(const std::string& path, const std::function<void()>& body) {
  const std::string program = std::filesystem::path(path).filename().string();
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

// TD4_CANAL_BILAN=S:R donne deux descripteurs ouverts par le correcteur :
// S, un tube d'où lire un jeton secret tiré pour cette exécution ; R, où
// écrire « bilan JETON réussis à_corriger à_compléter ». Seul le juge
// (tape.hpp) écrit ce bilan, et aucun code d'exercice n'est lié au juge :
// le jeton ne protège plus que d'une sortie imitée par un autre programme.
#include "result_channel.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

int result_fd = -1;
char token[65];

__attribute__((constructor(101))) void open_channel() {
  const char* spec = std::getenv("TD4_CANAL_BILAN");
  if (spec == nullptr) return;
  int secret_fd = -1, fd = -1;
  const bool parsed = std::sscanf(spec, "%d:%d", &secret_fd, &fd) == 2;
  unsetenv("TD4_CANAL_BILAN");
  if (!parsed) return;
  std::size_t got = 0;
  while (got < sizeof token - 1) {
    const ssize_t n = read(secret_fd, token + got, sizeof token - 1 - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  close(secret_fd);
  token[got] = '\0';
  if (got == 0) return;
  // Pas transmis aux programmes que le code de l'exercice lancerait.
  if (fcntl(fd, F_SETFD, FD_CLOEXEC) == 0) result_fd = fd;
}

}  // namespace

namespace td4::testing {

void report_result(int passed, int to_fix, int to_do) {
  if (result_fd < 0) return;
  dprintf(result_fd, "bilan %s %d %d %d\n", token, passed, to_fix, to_do);
  close(result_fd);
  result_fd = -1;
  std::memset(token, 0, sizeof token);
}

}  // namespace td4::testing

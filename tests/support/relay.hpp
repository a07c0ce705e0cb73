// Les relais d'une question (tests/NN_nom/relais.cpp), compilés deux fois :
//   TD4_ENREGISTREUR=1  __wrap_X, que l'éditeur de liens met à la place de la
//                       fonction X de l'exercice dans les appels des tests
//                       (-Wl,--wrap=X) : il l'appelle (__real_X) et enregistre ;
//   TD4_ENREGISTREUR=0  X elle-même, pour le juge : elle rejoue la bande.
// X est donnée par son nom C++ et son nom d'éditeur de liens (nm solution.o),
// que CMake relit ici pour les options --wrap.
#pragma once

#include "tape.hpp"

#include <tuple>

#if TD4_ENREGISTREUR

// Une fonction qui rend un résultat ; OUTS : les arguments qu'elle modifie.
#define TD4_RELAY(ID, R, NAME, PARAMS, ARGS, SYMBOL, ...)                          \
  R td4_real_##ID PARAMS __asm__("__real_" SYMBOL);                                 \
  R td4_wrap_##ID PARAMS __asm__("__wrap_" SYMBOL);                                 \
  R td4_wrap_##ID PARAMS {                                                          \
    return ::td4::tape::relay<R>(ID, [&]() -> R { return td4_real_##ID ARGS; } __VA_OPT__(,) \
                                 __VA_ARGS__);                                      \
  }

// draw : ARGS appellent la fonction avec `apart`, le traceur qui enregistre.
#define TD4_RELAY_DRAW(ID, NAME, PARAMS, ARGS, SYMBOL)                         \
  void td4_real_##ID PARAMS __asm__("__real_" SYMBOL);                         \
  void td4_wrap_##ID PARAMS __asm__("__wrap_" SYMBOL);                         \
  void td4_wrap_##ID PARAMS {                                                  \
    ::td4::tape::relay_draw(ID, plot, [&](Plotter& apart) { td4_real_##ID ARGS; }); \
  }

#else

// (Les paramètres ne servent qu'à l'enregistreur : forward_as_tuple les
// « utilise » sans rien copier, pour -Wunused-parameter.)
#define TD4_RELAY(ID, R, NAME, PARAMS, ARGS, SYMBOL, ...) \
  R NAME PARAMS {                                           \
    static_cast<void>(std::forward_as_tuple ARGS);          \
    return ::td4::tape::relay<R>(ID, []() -> R { return R(); } __VA_OPT__(,) __VA_ARGS__); \
  }

#define TD4_RELAY_DRAW(ID, NAME, PARAMS, ARGS, SYMBOL) \
  void NAME PARAMS {                                   \
    Plotter& apart = plot;                             \
    static_cast<void>(std::forward_as_tuple ARGS);     \
    ::td4::tape::relay_draw(ID, plot, [](Plotter&) {}); \
  }

#endif

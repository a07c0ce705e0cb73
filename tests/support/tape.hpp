// La bande : ce que les fonctions de l'exercice ont répondu aux tests.
//
// Chaque question a deux programmes, liés aux mêmes objets de tests :
//   l'enregistreur (enr_exNN)  les tests + le code de l'étudiant ; chaque
//                              appel d'un test à une fonction td4::qNN passe
//                              par un relais qui écrit sur la bande son
//                              résultat (ou son exception, ou les figures
//                              d'un draw) ;
//   le juge (test_exNN)        les tests + des relais qui rejouent la bande,
//                              sans code de l'étudiant : c'est lui qui
//                              compare, explique et compte.
// Le code de l'étudiant ne tourne donc jamais là où le verdict se décide :
// il ne peut tromper le juge qu'en donnant les bonnes réponses.
// La bande est une donnée hostile : le juge la lit avec des limites strictes
// (tape.cpp) et nettoie chaque texte avant de l'afficher.
#pragma once

#include "td4/ei_pair.hpp"
#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/integrate.hpp"
#include "td4/one_population.hpp"
#include "td4/ring.hpp"

#include <complex>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <functional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace td4::tape {

enum class Mode { none, record, replay };
Mode mode();

// Un appel que l'enregistreur n'a pas mené au bout (délai, plantage, arrêt) :
// le juge lève cette exception, avec l'explication, à la place du résultat.
struct Interrupted : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// L'explication de la dernière Interrupted levée dans le cas en cours (vide sinon).
const std::string& interruption();

// Un texte venu de l'exercice, affichable : UTF-8 valide, sans caractère de
// contrôle ni de direction.
std::string printable(const std::string& text);

// --- l'enregistreur --------------------------------------------------------
void open_recording(const std::string& path);  // lève std::runtime_error
void write_case(const std::string& name);      // début d'un cas
void write_interruption(const std::string& why);
void flush();

// --- le juge ---------------------------------------------------------------
// Charge la bande (au plus quelques centaines de Mio) ; `ended` dit comment
// l'enregistreur s'est terminé, pour les cas qu'il n'a pas atteints.
void load_recording(const std::string& path, const std::string& ended);
void begin_case(const std::string& name);

// --- l'écriture et la lecture des valeurs ----------------------------------
class Writer;
class Reader;
Writer& writer();
Reader& reader();

class Writer {
 public:
  void u8(std::uint8_t v);
  void u64(std::uint64_t v);
  void f64(double v);
  void bytes(const std::string& s);
  void raw(const void* data, std::size_t size);
};

class Reader {
 public:
  std::uint8_t u8();
  std::uint64_t u64();
  double f64();
  std::string bytes();                  // nettoyé : UTF-8 valide, sans contrôle
  std::size_t count(std::size_t item);  // une longueur, bornée par ce qui reste
  void f64s(double* out, std::size_t n);
};

// Les types des réponses. Chaque put a son get, dans le même ordre.
inline void put(Writer& w, double v) { w.f64(v); }
inline void get(Reader& r, double& v) { v = r.f64(); }
inline void put(Writer& w, bool v) { w.u8(v ? 1 : 0); }
void get(Reader& r, bool& v);
inline void put(Writer& w, const std::string& s) { w.bytes(s); }
inline void get(Reader& r, std::string& s) { s = r.bytes(); }
void put(Writer& w, const std::vector<double>& v);
void get(Reader& r, std::vector<double>& v);
void put(Writer& w, const std::complex<double>& z);
void get(Reader& r, std::complex<double>& z);
void put(Writer& w, Stability s);
void get(Reader& r, Stability& s);
void put(Writer& w, Nature n);
void get(Reader& r, Nature& n);
void put(Writer& w, const Jacobian& J);
void get(Reader& r, Jacobian& J);
void put(Writer& w, const EIFixedPoint& p);
void get(Reader& r, EIFixedPoint& p);
void put(Writer& w, const Trajectory& t);
void get(Reader& r, Trajectory& t);
void put(Writer& w, const RingRun& run);
void get(Reader& r, RingRun& run);
void put(Writer& w, const Figure& f);
void get(Reader& r, Figure& f);
// Le générateur : remember(e) avant l'appel, put(e) après.
void remember(const std::mt19937_64& e);
void put(Writer& w, const std::mt19937_64& e);
void get(Reader& r, std::mt19937_64& e);

template <class A, class B>
void put(Writer& w, const std::pair<A, B>& p) {
  put(w, p.first);
  put(w, p.second);
}
template <class A, class B>
void get(Reader& r, std::pair<A, B>& p) {
  get(r, p.first);
  get(r, p.second);
}
template <class T>
void put(Writer& w, const std::vector<T>& v) {
  w.u64(v.size());
  for (const T& x : v) put(w, x);
}
template <class T>
void get(Reader& r, std::vector<T>& v) {
  v.clear();
  const std::size_t n = r.count(1);
  for (std::size_t i = 0; i < n; ++i) {
    T x{};
    get(r, x);
    v.push_back(std::move(x));
  }
}
void get(Reader& r, std::vector<Figure>& v);  // Figure n'a pas de constructeur par défaut

// --- les relais --------------------------------------------------------------
// L'étiquette de chaque enregistrement.
enum Tag : std::uint8_t {
  tag_case = 'K', tag_call = 'C', tag_return = 'R', tag_throw = 'E', tag_interrupt = 'I',
  tag_time = 'T'
};
enum class Thrown : std::uint8_t { not_done, domain_error, invalid_argument, other, unknown };

// Côté enregistreur : l'appel `id` commence (faux s'il est imbriqué dans un
// autre appel relayé : alors rien n'est écrit) ; puis son issue, ses
// valeurs, et la fin (les « à compléter » levés et rattrapés en route).
bool record_call(int id);
void record_return();
void record_throw(Thrown kind, const std::string& what);
void record_end(long not_done_before);
// Côté juge : l'issue de l'appel `id` (Interrupted s'il n'a pas abouti) ;
// puis ses valeurs, lues avec get ; puis replay_end, qui lève ce que la
// fonction avait levé.
struct Outcome {
  bool threw = false;
  Thrown kind = Thrown::unknown;
  std::string what;
};
Outcome replay_call(int id);
void replay_end(const Outcome& o);

template <class... Outs>
void put_all(Outs&... outs) {
  (put(writer(), outs), ...);
}
template <class... Outs>
void get_all(Outs&... outs) {
  (get(reader(), outs), ...);
}

// Relaye un appel : `call` appelle la fonction de l'étudiant (jamais côté
// juge) ; `outs`, les arguments qu'elle modifie, enregistrés après elle.
template <class R, class Call, class... Outs>
R relay(int id, Call&& call, Outs&... outs) {
  if (mode() == Mode::none) return call();
  if (mode() == Mode::replay) {
    const Outcome o = replay_call(id);
    if constexpr (std::is_void_v<R>) {
      get_all(outs...);
      replay_end(o);
    } else {
      R result{};
      if (!o.threw) get(reader(), result);
      get_all(outs...);
      replay_end(o);
      return result;
    }
  } else {
    const bool outer = record_call(id);
    if (!outer) return call();
    const long before = not_done_count();
    try {
      if constexpr (std::is_void_v<R>) {
        call();
        record_return();
        put_all(outs...);
        record_end(before);
      } else {
        R result = call();
        record_return();
        put(writer(), result);
        put_all(outs...);
        record_end(before);
        return result;
      }
    } catch (const NotDone& e) {
      record_throw(Thrown::not_done, e.what());
      put_all(outs...);
      record_end(before);
      throw;
    } catch (const std::domain_error& e) {
      record_throw(Thrown::domain_error, e.what());
      put_all(outs...);
      record_end(before);
      throw;
    } catch (const std::invalid_argument& e) {
      record_throw(Thrown::invalid_argument, e.what());
      put_all(outs...);
      record_end(before);
      throw;
    } catch (const std::exception& e) {
      record_throw(Thrown::other, e.what());
      put_all(outs...);
      record_end(before);
      throw;
    } catch (...) {
      record_throw(Thrown::unknown, "");
      put_all(outs...);
      record_end(before);
      throw;
    }
  }
}

// Une boucle de tests qui appelle des milliers de fois l'exercice peut être
// relayée d'un bloc : relay<void>(loop_id, boucle, résultats…). Les appels
// qu'elle fait ne sont pas enregistrés un à un ; le juge relit les résultats.
inline constexpr int loop_id = 1000;

// Un draw : les figures montrées sur un traceur à part, enregistrées, puis
// montrées au traceur du test (des deux côtés, même si draw lève).
template <class Call>
void relay_draw(int id, Plotter& plot, Call&& call) {
  std::vector<Figure> shown;
  const auto show_all = [&] {
    for (const Figure& f : shown) plot.show(f);
  };
  try {
    if (mode() == Mode::replay) {
      relay<void>(id, [] {}, shown);
    } else {
      Plotter apart(plot.settings());
      apart.record([&shown](const Figure& f) { shown.push_back(f); });
      relay<void>(id, [&] { call(apart); }, shown);
    }
  } catch (...) {
    show_all();
    throw;
  }
  show_all();
}

// Une durée mesurée autour d'appels relayés (le coût d'une fonction) :
// mesurée par l'enregistreur, relue par le juge. La seule valeur de la bande
// que le code de l'étudiant pourrait fausser sans donner de réponse juste.
double timed_ms(const std::function<void()>& calls);

}  // namespace td4::tape

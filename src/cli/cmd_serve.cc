// serve: the local web explorer. Opens nothing for writing: each request reads the store as it is
// (reloaded when it changed), so `ingest` keeps working beside it.
#include <fmt/format.h>

#include <iostream>

#include "src/cli/command.h"
#include "src/server/static_files.h"
#include "src/server/web_server.h"

namespace dipgraph::cli {

Status RunServe(Context& ctx) {
  if (!ctx.args.positional().empty()) return Status::Usage("serve takes no positional arguments");
  server::ServerOptions options;
  options.host = ctx.args.Get("--host", "127.0.0.1");
  auto port = ctx.args.GetInt("--port", 8080, 0, 65535);
  if (!port.ok()) return port.status();
  options.port = static_cast<int>(*port);
  options.web_dir = ctx.args.Get("--web", server::DefaultWebDir());
  if (!server::ResolveStatic(options.web_dir, "/"))
    return Status::IoError(fmt::format("--web: no index.html in '{}'", options.web_dir));
  auto source = std::make_shared<server::StoreGraphSource>(ctx.db_path);
  auto graph = source->Get();  // fail now, not on the first request, when the store is unreadable
  if (!graph.ok()) return graph.status();
  if (!server::IsLoopback(options.host))
    *ctx.err << fmt::format(
        "serve: warning: listening on {}, not loopback: anyone who can reach this address can "
        "read the whole store\n",
        options.host);
  server::WebServer web(source, options);
  DG_RETURN_IF_ERROR(web.Bind());
  std::string shown =
      options.host.find(':') == std::string::npos ? options.host : "[" + options.host + "]";
  *ctx.out << fmt::format("serving {} ({} actors, {} relations) at http://{}:{}/\n", ctx.db_path,
                          (*graph)->actor_count(), (*graph)->relation_count(), shown, web.port())
           << std::flush;
  return web.Run();
}

}  // namespace dipgraph::cli

